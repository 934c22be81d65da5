import { newMedusaId } from "@tessera/credentials/codec"
import type { Sql } from "./otp"

/**
 * The statements behind balance refund runs (see models/balance-refund-run.ts). Each takes the
 * caller's SQL executor, so the service decides the transaction; every change of state is one
 * conditional statement, never a read followed by a write.
 */

export type BalanceRefundRunStatus = "running" | "completed" | "completed_with_errors" | "failed"

export type BalanceRefundRunRow = {
  id: string
  event_id: string
  status: BalanceRefundRunStatus
  total: number
  done: number
  failed: number
  requested_by: string | null
  attempts: number
  heartbeat_at: Date | null
  finished_at: Date | null
  error: string | null
  created_at: Date
  updated_at: Date
}

export type BalanceRefundOutcomeInput = {
  status: "refunded" | "failed"
  balance: number | null
  refunds: unknown[] | null
  error: string | null
}

/** What a run answers: everything but its lease, which only the worker holding it needs. */
export const RUN_COLUMNS = "id, event_id, status, total, done, failed, requested_by, attempts, heartbeat_at, finished_at, error, created_at, updated_at"

/** `now()` minus a number of milliseconds bound as a parameter. */
const AGO = "now() - (?::float8 * interval '1 millisecond')"

/** A run's lease has lapsed: never taken and the run is older than the limit, or not renewed within it. */
const LAPSED = `(coalesce(heartbeat_at, created_at) < ${AGO})`

/**
 * Starts a run for an event, or answers the one already running (`created: false`). The partial
 * unique index on `event_id` where running decides between concurrent requests: the loser's insert
 * waits for the winner's transaction, then does nothing and reads the winner's run. The wallets are
 * those holding money whose holder has a card of the event, fixed now as pending outcomes; a run
 * with none is complete at once.
 */
export async function beginRun(sql: Sql, input: { event_id: string; requested_by: string | null }) {
  // a run found finished between our refused insert and our read frees the index: insert again
  for (let tries = 0; tries < 3; tries++) {
    const [created] = await sql<BalanceRefundRunRow>(
      `insert into wallet_balance_refund_run (id, event_id, status, total, done, failed, requested_by, attempts)
       values (?, ?, 'running', 0, 0, 0, ?, 0)
       on conflict (event_id) where status = 'running' and deleted_at is null do nothing
       returning ${RUN_COLUMNS}`,
      [newMedusaId("wbrr"), input.event_id, input.requested_by]
    )
    if (created) return { run: await fillRun(sql, created), created: true }
    const [running] = await sql<BalanceRefundRunRow>(
      `select ${RUN_COLUMNS} from wallet_balance_refund_run where event_id = ? and status = 'running' and deleted_at is null`,
      [input.event_id]
    )
    if (running) return { run: running, created: false }
  }
  throw new Error(`could not start a balance refund run for event ${input.event_id}`)
}

async function fillRun(sql: Sql, run: BalanceRefundRunRow): Promise<BalanceRefundRunRow> {
  const wallets = await sql<{ id: string; currency_code: string }>(
    `select w.id, w.currency_code from wallet w join ledger_account a on a.id = w.account_id
     where w.deleted_at is null and a.balance > 0
       and exists (select 1 from wallet_card c where c.customer_id = w.customer_id and c.event_id = ? and c.deleted_at is null)
     order by w.id`,
    [run.event_id]
  )
  if (wallets.length) {
    // one JSON parameter: the driver would spread bound arrays into separate parameters
    await sql(
      `insert into wallet_balance_refund_outcome (id, run_id, wallet_id, currency_code, status, amount)
       select o.id, ?, o.wallet_id, o.currency_code, 'pending', 0
       from jsonb_to_recordset(?::jsonb) as o(id text, wallet_id text, currency_code text)`,
      [run.id, JSON.stringify(wallets.map((w) => ({ id: newMedusaId("wbro"), wallet_id: w.id, currency_code: w.currency_code })))]
    )
  }
  const [filled] = await sql<BalanceRefundRunRow>(
    `update wallet_balance_refund_run
     set total = ?, status = case when ? = 0 then 'completed' else status end,
         finished_at = case when ? = 0 then now() else finished_at end, updated_at = now()
     where id = ? returning ${RUN_COLUMNS}`,
    [wallets.length, wallets.length, wallets.length, run.id]
  )
  return filled
}

/**
 * Takes a running run's lease for `lease_id` if nobody holds one (a new run, or one the resume job
 * released), counting the attempt. Undefined when someone else holds it or the run is over.
 */
export async function claimRun(sql: Sql, input: { run_id: string; lease_id: string }) {
  const [claimed] = await sql<BalanceRefundRunRow>(
    `update wallet_balance_refund_run set lease_id = ?, heartbeat_at = now(), attempts = attempts + 1, updated_at = now()
     where id = ? and status = 'running' and deleted_at is null and lease_id is null
     returning ${RUN_COLUMNS}`,
    [input.lease_id, input.run_id]
  )
  return claimed
}

/** The run's next wallets still to refund, oldest outcome first. */
export function pendingOutcomes(sql: Sql, run_id: string, limit: number) {
  return sql<{ id: string; wallet_id: string }>(
    "select id, wallet_id from wallet_balance_refund_outcome where run_id = ? and status = 'pending' and deleted_at is null order by id limit ?",
    [run_id, limit]
  )
}

/**
 * Settles one pending outcome and counts it on the run, renewing the lease, in one statement; only
 * while `lease_id` still holds the run. The amount is read from the ledger (balance refunds of the
 * wallet since the run started, less any reversed), so a run resumed after a crash reports what left
 * the wallet, including pieces an earlier attempt moved. False when the lease was lost.
 */
export async function settleOutcome(sql: Sql, input: { run_id: string; lease_id: string; outcome_id: string } & BalanceRefundOutcomeInput) {
  const [renewed] = await sql<{ id: string }>(
    `with owner as (
       select id, created_at from wallet_balance_refund_run where id = ? and lease_id = ? and status = 'running' and deleted_at is null
     ), settled as (
       update wallet_balance_refund_outcome o
       set status = ?, balance = ?, refunds = ?::jsonb, error = ?, updated_at = now(),
           amount = (
             select coalesce(sum(t.amount), 0)::integer from ledger_transaction t
             where t.wallet_id = o.wallet_id and t.kind = 'balance_refund' and t.deleted_at is null and t.created_at >= owner.created_at
               and not exists (select 1 from ledger_transaction u where u.reverses_id = t.id and u.deleted_at is null)
           )
       from owner
       where o.id = ? and o.run_id = owner.id and o.status = 'pending'
       returning o.status
     )
     update wallet_balance_refund_run r
     set done = r.done + (select count(*) from settled)::integer,
         failed = r.failed + (select count(*) from settled where status = 'failed')::integer,
         heartbeat_at = now(), updated_at = now()
     from owner where r.id = owner.id
     returning r.id`,
    [
      input.run_id,
      input.lease_id,
      input.status,
      input.balance,
      input.refunds ? JSON.stringify(input.refunds) : null,
      input.error,
      input.outcome_id,
    ]
  )
  return Boolean(renewed)
}

/** Ends a run whose wallets are all settled, releasing the lease; undefined while some are pending or the lease was lost. */
export async function finishRun(sql: Sql, input: { run_id: string; lease_id: string }) {
  const [finished] = await sql<BalanceRefundRunRow>(
    `update wallet_balance_refund_run
     set status = case when failed > 0 then 'completed_with_errors' else 'completed' end,
         finished_at = now(), lease_id = null, updated_at = now()
     where id = ? and lease_id = ? and status = 'running' and deleted_at is null
       and not exists (select 1 from wallet_balance_refund_outcome where run_id = ? and status = 'pending' and deleted_at is null)
     returning ${RUN_COLUMNS}`,
    [input.run_id, input.lease_id, input.run_id]
  )
  return finished
}

/** Running runs whose lease lapsed (their worker died, or their start event was lost), oldest first. */
export function lapsedRuns(sql: Sql, input: { stale_after_ms: number; limit: number }) {
  return sql<BalanceRefundRunRow>(
    `select ${RUN_COLUMNS} from wallet_balance_refund_run
     where status = 'running' and deleted_at is null and ${LAPSED}
     order by created_at limit ?`,
    [input.stale_after_ms, input.limit]
  )
}

/**
 * Frees a lapsed run's lease so the next claim takes it over (a worker that was only slow loses it at
 * its next settle and stops). Undefined when the run is not lapsed any more.
 */
export async function releaseRun(sql: Sql, input: { run_id: string; stale_after_ms: number }) {
  const [released] = await sql<BalanceRefundRunRow>(
    `update wallet_balance_refund_run set lease_id = null, updated_at = now()
     where id = ? and status = 'running' and deleted_at is null and ${LAPSED}
     returning ${RUN_COLUMNS}`,
    [input.run_id, input.stale_after_ms]
  )
  return released
}

/** Gives a lapsed run up (`failed`, with why); its unsettled wallets stay pending. Undefined when it was not lapsed any more. */
export async function abandonRun(sql: Sql, input: { run_id: string; stale_after_ms: number; error: string }) {
  const [failed] = await sql<BalanceRefundRunRow>(
    `update wallet_balance_refund_run set status = 'failed', error = ?, lease_id = null, finished_at = now(), updated_at = now()
     where id = ? and status = 'running' and deleted_at is null and ${LAPSED}
     returning ${RUN_COLUMNS}`,
    [input.error, input.run_id, input.stale_after_ms]
  )
  return failed
}

/** What a run refunded so far, per currency (minor units). */
export async function refundedByCurrency(sql: Sql, run_id: string): Promise<Record<string, number>> {
  const rows = await sql<{ currency_code: string; amount: number }>(
    `select currency_code, coalesce(sum(amount), 0)::integer as amount from wallet_balance_refund_outcome
     where run_id = ? and deleted_at is null group by currency_code order by currency_code`,
    [run_id]
  )
  return Object.fromEntries(rows.map((r) => [r.currency_code, r.amount]))
}
