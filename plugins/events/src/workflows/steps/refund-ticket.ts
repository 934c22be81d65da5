import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"

export type RefundTicketStepInput = { ticket_id: string }

export const refundTicketStepId = "refund-ticket-step"

/** Marks the ticket refunded and bumps its version (credentials revoked); 409 if no longer valid. Undo restores both. */
export const refundTicketStep = createStep(
  refundTicketStepId,
  async ({ ticket_id }: RefundTicketStepInput, { container }) => {
    const ticket = await container.resolve<EventsModuleService>(EVENTS_MODULE).refundTicket(ticket_id)
    return new StepResponse(ticket, ticket.id)
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).unrefundTicket(ticketId)
  }
)
