import { model } from "@medusajs/framework/utils"
import { Posting } from "./posting"

export const ACCOUNT_KINDS = ["wallet", "merchant", "float", "fees", "refunds"] as const

/**
 * One account of the double-entry ledger. `balance` is the sum of the account's postings, kept by
 * the same database transaction that inserts them (a conditional UPDATE, never read-then-write).
 * Wallet accounts never go below zero except by a flagged offline debit.
 * `owner_id` is the wallet or merchant id; platform accounts (float, fees, refunds) have none.
 */
export const LedgerAccount = model
  .define("ledger_account", {
    id: model.id({ prefix: "lacc" }).primaryKey(),
    kind: model.enum([...ACCOUNT_KINDS]),
    owner_id: model.text().nullable(),
    currency_code: model.text(),
    balance: model.number().default(0),
    postings: model.hasMany(() => Posting, { mappedBy: "account" }),
  })
  .indexes([
    { on: ["kind", "owner_id", "currency_code"], unique: true, where: "owner_id IS NOT NULL" },
    { on: ["kind", "currency_code"], unique: true, where: "owner_id IS NULL" },
  ])
