import { model } from "@medusajs/framework/utils"
import { BalanceRefundOutcome } from "./balance-refund-outcome"

export const BALANCE_REFUND_RUN_STATUSES = ["running", "completed", "completed_with_errors", "failed"] as const

/**
 * After an event: one background run refunding every wallet that still held money when it started
 * (one outcome row per wallet, made with the run). At most one run per event is `running` (a partial
 * unique index), so a second request joins it. `done` counts the wallets settled either way, `failed`
 * those of them that were not fully refunded. Whoever works on the run holds its lease (`lease_id`,
 * renewed in `heartbeat_at` after each wallet); a lease left to go stale is taken over by the resume
 * job, at most `attempts` times before the run is marked `failed`.
 */
export const BalanceRefundRun = model
  .define("wallet_balance_refund_run", {
    id: model.id({ prefix: "wbrr" }).primaryKey(),
    event_id: model.text(),
    status: model.enum([...BALANCE_REFUND_RUN_STATUSES]).default("running"),
    total: model.number().default(0),
    done: model.number().default(0),
    failed: model.number().default(0),
    requested_by: model.text().nullable(),
    lease_id: model.text().nullable(),
    heartbeat_at: model.dateTime().nullable(),
    attempts: model.number().default(0),
    finished_at: model.dateTime().nullable(),
    error: model.text().nullable(),
    outcomes: model.hasMany(() => BalanceRefundOutcome, { mappedBy: "run" }),
  })
  .indexes([
    { on: ["event_id"], unique: true, where: "status = 'running'" },
    { on: ["event_id", "created_at"] },
    { on: ["status"], where: "status = 'running'" },
  ])
