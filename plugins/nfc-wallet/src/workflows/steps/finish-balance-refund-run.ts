import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"
import type { BalanceRefundRunLease } from "./claim-balance-refund-run"

export const finishBalanceRefundRunStepId = "finish-balance-refund-run-step"

/** Ends the run (`completed`, or `completed_with_errors` when a wallet failed) once no wallet is pending; null otherwise. */
export const finishBalanceRefundRunStep = createStep(finishBalanceRefundRunStepId, async (lease: BalanceRefundRunLease | null, { container }) => {
  if (!lease) return new StepResponse(null)
  const run = await container.resolve<WalletModuleService>(WALLET_MODULE).finishBalanceRefundRun(lease.run_id, lease.lease_id)
  return new StepResponse(run ?? null)
})
