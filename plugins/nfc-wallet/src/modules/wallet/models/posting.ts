import { model } from "@medusajs/framework/utils"
import { LedgerAccount } from "./ledger-account"
import { LedgerTransaction } from "./ledger-transaction"

/**
 * One leg of a transaction: a signed amount (minor units) on one account, and the account's balance
 * right after it, so a replayed request can answer exactly what the first one did.
 */
export const Posting = model.define("ledger_posting", {
  id: model.id({ prefix: "lpst" }).primaryKey(),
  amount: model.number(),
  balance_after: model.number(),
  transaction: model.belongsTo(() => LedgerTransaction, { mappedBy: "postings" }),
  account: model.belongsTo(() => LedgerAccount, { mappedBy: "postings" }),
})
