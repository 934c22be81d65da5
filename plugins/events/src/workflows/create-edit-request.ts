import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEditRequestStep, validateEditRequestStep } from "./steps"

export type CreateEditRequestWorkflowInput = {
  event_id: string
  /** The organizer asking; the event must be theirs. */
  organizer_id: string
  changes: Record<string, unknown>
  reason?: string | null
}

export const createEditRequestWorkflowId = "create-edit-request"

/** An organizer asks for changes to one of its events; they wait, pending, for an admin's decision. */
export const createEditRequestWorkflow = createWorkflow(createEditRequestWorkflowId, (input: CreateEditRequestWorkflowInput) => {
  const changes = validateEditRequestStep(input)
  const request = createEditRequestStep(
    transform({ input, changes }, ({ input, changes }) => ({
      event_id: input.event_id,
      organizer_id: input.organizer_id,
      changes,
      reason: input.reason ?? null,
    }))
  )
  const editRequested = createHook("editRequested", { edit_request_id: request.id, event_id: input.event_id })
  return new WorkflowResponse(request, { hooks: [editRequested] })
})
