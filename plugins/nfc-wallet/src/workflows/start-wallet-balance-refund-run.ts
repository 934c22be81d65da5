import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type BeginBalanceRefundRunStepInput, beginBalanceRefundRunStep } from "./steps"

export type StartWalletBalanceRefundRunWorkflowInput = BeginBalanceRefundRunStepInput

export const startWalletBalanceRefundRunWorkflowId = "start-wallet-balance-refund-run"

/**
 * After an event: starts refunding every wallet with money left whose holder has a card of the event,
 * in the background (see process-wallet-balance-refund-run), and answers the run at once; while one
 * runs for the event, answers that one.
 */
export const startWalletBalanceRefundRunWorkflow = createWorkflow(
  startWalletBalanceRefundRunWorkflowId,
  (input: StartWalletBalanceRefundRunWorkflowInput) => new WorkflowResponse(beginBalanceRefundRunStep(input))
)
