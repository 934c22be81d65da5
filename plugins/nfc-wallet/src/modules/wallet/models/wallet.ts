import { model } from "@medusajs/framework/utils"

/**
 * A customer's stored value in one currency. Its balance lives on its ledger account (kind
 * `wallet`); the limits here are checked when money moves. Amounts in minor units.
 */
export const Wallet = model
  .define("wallet", {
    id: model.id({ prefix: "wal" }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    account_id: model.text(),
    max_balance: model.number().default(50000),
    auto_reload_threshold: model.number().nullable(),
    auto_reload_amount: model.number().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id", "currency_code"], unique: true }])
