import { createHook, createWorkflow, transform, when, type WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideEditRequestStep, setEventVenueStep } from "./steps"
import type { SetEventVenueStepInput } from "./steps"
import { type UpdateEventWorkflowInput, updateEventWorkflow } from "./update-event"
import type { EventChangeSet } from "./utils/validations/edit-request"

export type ApproveEditRequestWorkflowInput = { id: string; decided_by?: string | null; note?: string | null }

type DecidedRequest = { id: string; event_id: string; changes: unknown }

/** The changes update-event takes; null when the request only moves the venue. */
function eventUpdate({ request }: { request: DecidedRequest }): UpdateEventWorkflowInput | null {
  const { venue_id: _venueId, ...fields } = request.changes as EventChangeSet
  return Object.keys(fields).length ? { id: request.event_id, ...fields } : null
}

function venueMove({ request }: { request: DecidedRequest }): SetEventVenueStepInput | null {
  const { venue_id } = request.changes as EventChangeSet
  return venue_id ? { event_id: request.event_id, venue_id } : null
}

export const approveEditRequestWorkflowId = "approve-edit-request"

/**
 * Approves a pending edit request and applies it: the decision first (only one approval can win,
 * however many run at once), then the changes through update-event, then the venue. If applying
 * fails, the event keeps its values and the request is pending again.
 */
export const approveEditRequestWorkflow = createWorkflow(approveEditRequestWorkflowId, (input: ApproveEditRequestWorkflowInput) => {
  const request = decideEditRequestStep(
    transform({ input }, ({ input }) => ({ id: input.id, decision: "approved" as const, decided_by: input.decided_by, note: input.note }))
  )

  const update = transform({ request }, eventUpdate)
  when({ update }, ({ update }) => update !== null).then(() => {
    // runs only when update is not null (the condition above)
    updateEventWorkflow.runAsStep({ input: update as WorkflowData<UpdateEventWorkflowInput> })
  })

  const move = transform({ request }, venueMove)
  when({ move }, ({ move }) => move !== null).then(() => {
    // runs only when move is not null (the condition above)
    setEventVenueStep(move as WorkflowData<SetEventVenueStepInput>)
  })

  const editApproved = createHook("editApproved", { edit_request_id: request.id, event_id: request.event_id })
  return new WorkflowResponse(request, { hooks: [editApproved] })
})
