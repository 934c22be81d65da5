import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"
import { BALANCE_REFUND_RUN_REQUESTED_EVENT, type BalanceRefundRunRequestedEvent } from "./begin-balance-refund-run"

/**
 * How long a running run may go without recording a wallet before its worker is presumed dead. One
 * wallet is a few payment provider calls (seconds); five minutes is far beyond that.
 */
export const STALE_REFUND_RUN_AFTER_MS = 5 * 60_000

/** Workers a run may have had before it is given up: a wallet that kills its worker every time must not loop forever. */
export const MAX_REFUND_RUN_ATTEMPTS = 5

/** Lapsed runs handled per sweep. */
const SWEEP_BATCH = 50

export type ResumeLapsedBalanceRefundRunsStepInput = { stale_after_ms?: number; max_attempts?: number }
export type ResumedRun = { id: string; action: "resumed" | "failed" }

export const resumeLapsedBalanceRefundRunsStepId = "resume-lapsed-balance-refund-runs-step"

/**
 * Runs left `running` by a worker that died (a restart, a crash) or never taken (a lost event): each
 * has its lease freed and is asked for again, so a fresh worker goes on with its pending wallets;
 * one that already had `max_attempts` workers is marked `failed` instead, its pending wallets left
 * for a new run. Both are conditional on the run still being lapsed, so a live worker is never cut off.
 */
export const resumeLapsedBalanceRefundRunsStep = createStep(
  resumeLapsedBalanceRefundRunsStepId,
  async ({ stale_after_ms = STALE_REFUND_RUN_AFTER_MS, max_attempts = MAX_REFUND_RUN_ATTEMPTS }: ResumeLapsedBalanceRefundRunsStepInput, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const handled: ResumedRun[] = []
    const requests: { name: string; data: BalanceRefundRunRequestedEvent }[] = []
    for (const run of await wallet.lapsedBalanceRefundRuns(stale_after_ms, SWEEP_BATCH)) {
      if (run.attempts >= max_attempts) {
        const error = `stopped after ${run.attempts} attempts with ${run.total - run.done} of ${run.total} wallets pending; a new run refunds them`
        if (await wallet.abandonBalanceRefundRun(run.id, stale_after_ms, error)) handled.push({ id: run.id, action: "failed" })
      } else if (await wallet.releaseBalanceRefundRun(run.id, stale_after_ms)) {
        requests.push({ name: BALANCE_REFUND_RUN_REQUESTED_EVENT, data: { id: run.id } })
        handled.push({ id: run.id, action: "resumed" })
      }
    }
    if (requests.length) await container.resolve(Modules.EVENT_BUS).emit(requests)
    return new StepResponse(handled)
  }
)
