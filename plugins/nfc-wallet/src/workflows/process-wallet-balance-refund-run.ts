import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { claimBalanceRefundRunStep, finishBalanceRefundRunStep } from "./steps"
// not in ./steps' index: it runs refund-wallet-balance, whose workflow file imports that index
import { refundRunWalletsStep } from "./steps/refund-run-wallets"

export type ProcessWalletBalanceRefundRunWorkflowInput = { run_id: string }

export const processWalletBalanceRefundRunWorkflowId = "process-wallet-balance-refund-run"

/**
 * Works through a balance refund run: takes its lease (or does nothing when another worker holds it
 * or the run is over), refunds its pending wallets one by one, recording each, and ends it. Run by
 * the plugin's subscriber; a worker that dies leaves the rest to the resume job.
 */
export const processWalletBalanceRefundRunWorkflow = createWorkflow(
  processWalletBalanceRefundRunWorkflowId,
  (input: ProcessWalletBalanceRefundRunWorkflowInput) => {
    const lease = claimBalanceRefundRunStep(input)
    const progress = refundRunWalletsStep(lease)
    const run = finishBalanceRefundRunStep(lease)
    return new WorkflowResponse({ progress, run })
  }
)
