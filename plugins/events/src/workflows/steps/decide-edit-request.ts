import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import { revertStatus, transitionStatus } from "../utils/status-transition"

export type DecideEditRequestStepInput = {
  id: string
  decision: "approved" | "rejected"
  decided_by?: string | null
  note?: string | null
}

const UNDECIDED = { status: "pending", decided_by: null, decided_at: null, decision_note: null }

export const decideEditRequestStepId = "decide-edit-request-step"

/**
 * Decides a pending edit request, once: a conditional update (`where status = 'pending'`) lets exactly
 * one of two concurrent decisions through; the other gets 400 naming `status`. Returns the request as
 * decided. Undone by making it pending again, so a failed approval can be tried again.
 */
export const decideEditRequestStep = createStep(
  decideEditRequestStepId,
  async (input: DecideEditRequestStepInput, { container }) => {
    await transitionStatus(container, "event_edit_request", input.id, "pending", {
      status: input.decision,
      decided_by: input.decided_by ?? null,
      decided_at: new Date(),
      decision_note: input.note ?? null,
    })
    const request = await container.resolve<EventsModuleService>(EVENTS_MODULE).retrieveEditRequest(input.id)
    return new StepResponse(request, { id: input.id, decision: input.decision })
  },
  async (decided, { container }) => {
    if (!decided) return
    await revertStatus(container, "event_edit_request", decided.id, decided.decision, UNDECIDED)
  }
)
