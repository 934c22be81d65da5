import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markPayoutPaidStep } from "./steps"

export type MarkPayoutPaidWorkflowInput = { id: string }

export const markPayoutPaidWorkflowId = "mark-payout-paid"

/** Records that a payout's money went out; a payout is paid once. */
export const markPayoutPaidWorkflow = createWorkflow(markPayoutPaidWorkflowId, (input: MarkPayoutPaidWorkflowInput) => {
  return new WorkflowResponse(markPayoutPaidStep(input))
})
