import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE_KEY, type EventsService } from "../utils/events-service"

export type VoidTicketsStepInput = { ids: string[] }

export const voidTicketsStepId = "void-tickets-step"

/** Voids valid tickets and bumps their version, revoking every credential signed for them; undo restores both. */
export const voidTicketsStep = createStep(
  voidTicketsStepId,
  async ({ ids }: VoidTicketsStepInput, { container }) => {
    const voided = await container.resolve<EventsService>(EVENTS_MODULE_KEY).voidTickets(ids)
    return new StepResponse(voided, voided.map((ticket) => ticket.id))
  },
  async (voidedIds, { container }) => {
    if (!voidedIds?.length) return
    await container.resolve<EventsService>(EVENTS_MODULE_KEY).restoreVoidedTickets(voidedIds)
  }
)
