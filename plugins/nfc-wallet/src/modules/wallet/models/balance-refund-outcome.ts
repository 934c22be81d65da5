import { model } from "@medusajs/framework/utils"
import { BalanceRefundRun } from "./balance-refund-run"

export const BALANCE_REFUND_OUTCOME_STATUSES = ["pending", "refunded", "failed"] as const

/**
 * One wallet in a balance refund run: `pending` until the run reaches it, then `refunded` or `failed`
 * (with the error). `amount` is what left the wallet as balance refunds since the run started (minor
 * units), `balance` what it held afterwards, `refunds` the pieces the refund workflow reported.
 */
export const BalanceRefundOutcome = model
  .define("wallet_balance_refund_outcome", {
    id: model.id({ prefix: "wbro" }).primaryKey(),
    run: model.belongsTo(() => BalanceRefundRun, { mappedBy: "outcomes" }),
    wallet_id: model.text(),
    currency_code: model.text(),
    status: model.enum([...BALANCE_REFUND_OUTCOME_STATUSES]).default("pending"),
    amount: model.number().default(0),
    balance: model.number().nullable(),
    refunds: model.json().nullable(),
    error: model.text().nullable(),
  })
  .indexes([
    { on: ["run_id", "wallet_id"], unique: true },
    { on: ["run_id", "status"] },
  ])
