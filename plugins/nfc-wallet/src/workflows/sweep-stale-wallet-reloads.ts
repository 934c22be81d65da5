import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type SettleStaleWalletReloadsStepInput, settleStaleWalletReloadsStep } from "./steps"

export type SweepStaleWalletReloadsWorkflowInput = SettleStaleWalletReloadsStepInput

export const sweepStaleWalletReloadsWorkflowId = "sweep-stale-wallet-reloads"

/**
 * Settles auto-reloads that stayed pending (their process died between recording the attempt and its
 * outcome), so they stop blocking the wallet's next reload. Run by the plugin's scheduled job.
 */
export const sweepStaleWalletReloadsWorkflow = createWorkflow(sweepStaleWalletReloadsWorkflowId, (input: SweepStaleWalletReloadsWorkflowInput) => {
  return new WorkflowResponse(settleStaleWalletReloadsStep(input))
})
