import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DateInput, TicketTypeInput } from "../types"
import { TICKET_TYPE_OPTION } from "../utils/event-product"
import { type EventStatus, ticketTypeIssues } from "../utils/validations/event"
import { fieldError, throwFirstIssue } from "../utils/validations/field-error"
import { ticketSkuIssues } from "../utils/validations/references"

export type ValidateAddTicketTypeStepInput = {
  event_id: string
  /** The event as stored, with what selling needs; undefined when no event has the id. */
  event?: {
    id: string
    handle: string
    status: EventStatus
    ends_at: DateInput
    ticket_types?: ({ name: string } | null)[] | null
    product?: { id: string; options?: ({ id: string; title: string } | null)[] | null } | null
    stock_location?: { id: string } | null
  } | null
  ticket_type: TicketTypeInput
  currencies: string[]
}

export const validateAddTicketTypeStepId = "validate-add-ticket-type-step"

const STILL_SELLING: readonly EventStatus[] = ["draft", "published"]

/**
 * Refuses a ticket type for a missing event (404), one that has ended or is cancelled, one whose
 * product or stock location is missing, or a ticket type that is invalid or named like another.
 */
export const validateAddTicketTypeStep = createStep(
  validateAddTicketTypeStepId,
  async ({ event, event_id, ticket_type, currencies }: ValidateAddTicketTypeStepInput, { container }) => {
    if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${event_id} was not found`)
    if (!STILL_SELLING.includes(event.status)) {
      throw fieldError(MedusaError.Types.NOT_ALLOWED, "status", `an event that is ${event.status} gets no new ticket types`)
    }
    const option = event.product?.options?.find((candidate) => candidate?.title === TICKET_TYPE_OPTION)
    if (!option || !event.stock_location) {
      throw fieldError(MedusaError.Types.NOT_ALLOWED, "event_id", `event ${event.id} has no product or stock location to sell from`)
    }
    throwFirstIssue(
      ticketTypeIssues([ticket_type], {
        field: "ticket_type",
        itemField: () => "",
        eventEndsAt: event.ends_at,
        takenNames: (event.ticket_types ?? []).flatMap((existing) => (existing ? [existing.name] : [])),
        currencies,
      })
    )
    throwFirstIssue(await ticketSkuIssues(container, event.handle, [ticket_type], () => "name"))
    return new StepResponse(undefined)
  }
)
