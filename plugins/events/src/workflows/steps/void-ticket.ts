import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import { conflict, notFound } from "../../modules/events/utils/errors"

export type VoidTicketStepInput = { id: string }

export const voidTicketStepId = "void-ticket-step"

/** Voids one valid ticket with a version bump (credentials revoked); already void or refunded is a 409. Undo restores it. */
export const voidTicketStep = createStep(
  voidTicketStepId,
  async ({ id }: VoidTicketStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const [voided] = await events.voidTickets([id])
    if (voided) return new StepResponse(voided, id)
    const [ticket] = await events.listTickets({ id }, { select: ["id", "status"] })
    throw ticket ? conflict("id", `Ticket ${id} is already ${ticket.status}`) : notFound("id", `Ticket with id: ${id} was not found`)
  },
  async (voidedId, { container }) => {
    if (!voidedId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).restoreVoidedTickets([voidedId])
  }
)
