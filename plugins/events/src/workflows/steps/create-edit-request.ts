import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { EventChangeSet } from "../utils/validations/edit-request"

export type CreateEditRequestStepInput = { event_id: string; organizer_id: string; changes: EventChangeSet; reason?: string | null }

export const createEditRequestStepId = "create-edit-request-step"

/** Records a pending edit request; undone by deleting it. */
export const createEditRequestStep = createStep(
  createEditRequestStepId,
  async (input: CreateEditRequestStepInput, { container }) => {
    const request = await container.resolve<EventsModuleService>(EVENTS_MODULE).createEditRequests({
      ...input,
      changes: input.changes as Record<string, unknown>,
      reason: input.reason ?? null,
      status: "pending",
    })
    return new StepResponse(request, request.id)
  },
  async (requestId, { container }) => {
    if (!requestId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).deleteEditRequests(requestId)
  }
)
