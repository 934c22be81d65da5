import { model } from "@medusajs/framework/utils"
import { Posting } from "./posting"

export const TRANSACTION_KINDS = ["top_up", "charge", "charge_refund", "card_transfer", "balance_refund", "adjustment"] as const

/**
 * One balanced movement: its postings sum to zero. The idempotency key is unique, so a retried
 * request finds the transaction it made the first time instead of moving money again.
 * `flagged` marks an offline debit that took a wallet below zero.
 */
export const LedgerTransaction = model
  .define("ledger_transaction", {
    id: model.id({ prefix: "ltx" }).primaryKey(),
    idempotency_key: model.text(),
    kind: model.enum([...TRANSACTION_KINDS]),
    currency_code: model.text(),
    amount: model.number(),
    wallet_id: model.text().nullable(),
    merchant_id: model.text().nullable(),
    stand_id: model.text().nullable(),
    card_id: model.text().nullable(),
    reverses_id: model.text().nullable(),
    description: model.text().nullable(),
    items: model.json().nullable(),
    offline: model.boolean().default(false),
    flagged: model.boolean().default(false),
    device_time: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    postings: model.hasMany(() => Posting, { mappedBy: "transaction" }),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["wallet_id", "created_at"] },
    { on: ["merchant_id", "created_at"] },
    { on: ["reverses_id"], unique: true, where: "reverses_id IS NOT NULL" },
  ])
