import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import { type EventChangeSet, editRequestChanges } from "../utils/validations/edit-request"
import { fieldError, throwFirstIssue } from "../utils/validations/field-error"

export type ValidateEditRequestStepInput = { event_id: string; organizer_id: string; changes: Record<string, unknown> }

const STILL_EDITABLE = new Set(["draft", "published"])

export const validateEditRequestStepId = "validate-edit-request-step"

/**
 * Refuses an edit request for an event the organizer does not run (404, as if it did not exist), for
 * an event that has ended or is cancelled, or with changes update-event would not take (400 naming
 * `changes.<field>`). Writes nothing; returns the changes normalised.
 */
export const validateEditRequestStep = createStep(
  validateEditRequestStepId,
  async (input: ValidateEditRequestStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const [event] = await events.listEvents(
      { id: input.event_id, organizer_id: input.organizer_id },
      { select: ["id", "status", "starts_at", "ends_at", "doors_open_at"] }
    )
    if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${input.event_id} was not found`)
    if (!STILL_EDITABLE.has(event.status)) {
      throw fieldError(MedusaError.Types.NOT_ALLOWED, "event_id", `an event that is ${event.status} cannot be edited`)
    }

    const { issues, changes } = editRequestChanges(input.changes, event)
    throwFirstIssue(issues)
    if (changes.venue_id) {
      const venues = await events.listVenues({ id: changes.venue_id }, { select: ["id"] })
      throwFirstIssue(venues.length ? [] : [{ field: "changes.venue_id", message: `venue ${changes.venue_id} does not exist` }])
    }
    return new StepResponse<EventChangeSet>(changes)
  }
)
