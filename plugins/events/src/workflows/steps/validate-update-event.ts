import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DateInput } from "../types"
import { type EventStatus, scheduleIssues, statusTransitionIssues, timezoneIssues } from "../utils/validations/event"
import { type FieldIssue, throwFirstIssue } from "../utils/validations/field-error"

export type ValidateUpdateEventStepInput = {
  /** The event as stored, or undefined when no event has the id. */
  event?: {
    id: string
    status: EventStatus
    starts_at: DateInput
    ends_at: DateInput
    doors_open_at?: DateInput | null
    ticket_types?: ({ name: string; sales_ends_at?: DateInput | null } | null)[] | null
  } | null
  id: string
  update: {
    title?: string
    status?: EventStatus
    starts_at?: DateInput
    ends_at?: DateInput
    doors_open_at?: DateInput | null
    timezone?: string
  }
}

export const validateUpdateEventStepId = "validate-update-event-step"

/** Refuses an update to a missing event (404), a status change the lifecycle forbids, or dates that no longer fit (400). */
export const validateUpdateEventStep = createStep(
  validateUpdateEventStepId,
  async ({ event, id, update }: ValidateUpdateEventStepInput) => {
    if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${id} was not found`)

    const schedule = {
      starts_at: update.starts_at ?? event.starts_at,
      ends_at: update.ends_at ?? event.ends_at,
      doors_open_at: update.doors_open_at === undefined ? event.doors_open_at : update.doors_open_at,
    }
    const endsAt = new Date(schedule.ends_at).getTime()
    const sellsTooLong: FieldIssue[] = (event.ticket_types ?? []).flatMap((ticketType) =>
      ticketType?.sales_ends_at && new Date(ticketType.sales_ends_at).getTime() > endsAt
        ? [{ field: "ends_at", message: `ticket type "${ticketType.name}" sells until after the new ends_at` }]
        : []
    )
    throwFirstIssue([
      ...statusTransitionIssues(event.status, update.status),
      ...(update.title !== undefined && !update.title.trim() ? [{ field: "title", message: "title cannot be empty" }] : []),
      ...(update.timezone !== undefined ? timezoneIssues(update.timezone) : []),
      ...scheduleIssues(schedule),
      ...(update.ends_at !== undefined ? sellsTooLong : []),
    ])
    return new StepResponse(undefined)
  }
)
