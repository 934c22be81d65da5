import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { DateInput, TicketTypeInput } from "../types"
import { handleIssues, scheduleIssues, ticketTypeIssues, timezoneIssues } from "../utils/validations/event"
import { type FieldIssue, throwFirstIssue } from "../utils/validations/field-error"
import { productHandleIssues, salesLocationIssues, ticketSkuIssues } from "../utils/validations/references"

export type ValidateCreateEventStepInput = {
  title: string
  handle: string
  /** Whether the handle was derived from the title (words the error when it is unusable). */
  handle_from_title: boolean
  starts_at: DateInput
  ends_at: DateInput
  doors_open_at?: DateInput | null
  timezone: string
  venue_id: string
  organizer_id: string
  stock_location_id: string
  sales_channel_id: string | null
  /** The store's currencies, lower case; empty when the store has none configured. */
  currencies: string[]
  ticket_types: TicketTypeInput[]
}

export const validateCreateEventStepId = "validate-create-event-step"

/** Refuses a new event whose fields or references are wrong (400 naming the field); writes nothing. */
export const validateCreateEventStep = createStep(
  validateCreateEventStepId,
  async (input: ValidateCreateEventStepInput, { container }) => {
    throwFirstIssue([
      ...(input.title?.trim() ? [] : [{ field: "title", message: "title is required" }]),
      ...handleIssues(input.handle, input.handle_from_title),
      ...scheduleIssues(input),
      ...timezoneIssues(input.timezone),
      ...ticketTypeIssues(input.ticket_types, { field: "ticket_types", eventEndsAt: input.ends_at, currencies: input.currencies }),
    ])

    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const [venues, organizers, sameHandle] = await Promise.all([
      events.listVenues({ id: input.venue_id }, { select: ["id"] }),
      events.listOrganizers({ id: input.organizer_id }, { select: ["id"] }),
      events.listEvents({ handle: input.handle }, { select: ["id"] }),
    ])
    const issues: FieldIssue[] = [
      ...(venues.length ? [] : [{ field: "venue_id", message: `venue ${input.venue_id} does not exist` }]),
      ...(organizers.length ? [] : [{ field: "organizer_id", message: `organizer ${input.organizer_id} does not exist` }]),
      ...(sameHandle.length ? [{ field: "handle", message: `handle "${input.handle}" is already used by another event` }] : []),
    ]
    throwFirstIssue(issues)

    throwFirstIssue([
      ...(await productHandleIssues(container, input.handle)),
      ...(await ticketSkuIssues(container, input.handle, input.ticket_types, (index) => `ticket_types.${index}.name`)),
      ...(await salesLocationIssues(container, input.stock_location_id, input.sales_channel_id)),
    ])
    return new StepResponse(undefined)
  }
)
