import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideEditRequestStep } from "./steps"

export type RejectEditRequestWorkflowInput = { id: string; decided_by?: string | null; note: string }

export const rejectEditRequestWorkflowId = "reject-edit-request"

/** Rejects a pending edit request with a note for the organizer; the event is left as it is. */
export const rejectEditRequestWorkflow = createWorkflow(rejectEditRequestWorkflowId, (input: RejectEditRequestWorkflowInput) => {
  const request = decideEditRequestStep(
    transform({ input }, ({ input }) => ({ id: input.id, decision: "rejected" as const, decided_by: input.decided_by, note: input.note }))
  )
  return new WorkflowResponse(request)
})
