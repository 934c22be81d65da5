import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

/** Asks for a run's wallets to be refunded: the plugin's subscriber works through them in the background. */
export const BALANCE_REFUND_RUN_REQUESTED_EVENT = "wallet.balance_refund_run.requested"
export type BalanceRefundRunRequestedEvent = { id: string }

export type BeginBalanceRefundRunStepInput = { event_id: string; requested_by?: string | null }

export const beginBalanceRefundRunStepId = "begin-balance-refund-run-step"

/**
 * Starts the event's balance refund run (its wallets fixed now), or finds the one already running,
 * and asks for it to be worked on. Asking again for a run someone is working on changes nothing (the
 * worker's lease refuses a second one); for a run nobody took yet it starts the work.
 */
export const beginBalanceRefundRunStep = createStep(
  beginBalanceRefundRunStepId,
  async ({ event_id, requested_by }: BeginBalanceRefundRunStepInput, { container }) => {
    const { run, created } = await container
      .resolve<WalletModuleService>(WALLET_MODULE)
      .beginBalanceRefundRun({ event_id, requested_by: requested_by ?? null })
    if (run.status === "running") {
      const data: BalanceRefundRunRequestedEvent = { id: run.id }
      await container.resolve(Modules.EVENT_BUS).emit({ name: BALANCE_REFUND_RUN_REQUESTED_EVENT, data })
    }
    return new StepResponse({ run, created })
  }
)
