import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideRefundRequestStep } from "./steps"

export type RejectRefundRequestWorkflowInput = { id: string; rejected_by: string | null; note: string }

export const rejectRefundRequestWorkflowId = "reject-refund-request"

/** An admin turns a pending refund request down, with a note for the customer; the ticket stays valid. */
export const rejectRefundRequestWorkflow = createWorkflow(rejectRefundRequestWorkflowId, (input: RejectRefundRequestWorkflowInput) => {
  const decision = transform({ input }, ({ input }) => ({
    id: input.id,
    decision: "rejected" as const,
    decided_by: input.rejected_by,
    note: input.note,
  }))
  return new WorkflowResponse(decideRefundRequestStep(decision))
})
