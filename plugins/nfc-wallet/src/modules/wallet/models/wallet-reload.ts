import { model } from "@medusajs/framework/utils"

export const RELOAD_STATUSES = ["pending", "succeeded", "failed"] as const

/**
 * One auto-reload attempt: a debit took the wallet under its threshold, so the saved payment method
 * is charged `amount` and the wallet credited once. At most one attempt per wallet is `pending` (a
 * partial unique index), and each debit that crossed the threshold starts at most one
 * (`idempotency_key`). A failed attempt is kept with its error, shown to the customer and admins,
 * and never retried by itself: the next crossing starts a new one.
 */
export const WalletReload = model
  .define("wallet_reload", {
    id: model.id({ prefix: "wrl" }).primaryKey(),
    wallet_id: model.text(),
    customer_id: model.text(),
    currency_code: model.text(),
    amount: model.number(),
    status: model.enum([...RELOAD_STATUSES]).default("pending"),
    idempotency_key: model.text(),
    trigger_transaction_id: model.text().nullable(),
    provider_id: model.text().nullable(),
    payment_collection_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    transaction_id: model.text().nullable(),
    error: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["wallet_id"], unique: true, where: "status = 'pending'" },
    { on: ["wallet_id", "created_at"] },
  ])
