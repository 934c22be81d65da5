import { randomUUID } from "node:crypto"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

/** Who works on a run: the run and the lease that lets this worker record its wallets. */
export type BalanceRefundRunLease = { run_id: string; lease_id: string; requested_by: string | null }

export const claimBalanceRefundRunStepId = "claim-balance-refund-run-step"

/** Takes the run's lease, or answers null when another worker holds it or the run is over (nothing to do). */
export const claimBalanceRefundRunStep = createStep(
  claimBalanceRefundRunStepId,
  async ({ run_id }: { run_id: string }, { container }) => {
    const lease_id = randomUUID()
    const run = await container.resolve<WalletModuleService>(WALLET_MODULE).claimBalanceRefundRun(run_id, lease_id)
    const lease: BalanceRefundRunLease | null = run ? { run_id, lease_id, requested_by: run.requested_by } : null
    return new StepResponse(lease)
  }
)
