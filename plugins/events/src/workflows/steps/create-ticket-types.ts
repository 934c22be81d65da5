import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { DateInput } from "../types"
import { toJsonList } from "../utils/json-list"

export type CreateTicketTypesStepInput = {
  event_id: string
  name: string
  tier: string
  description?: string | null
  sales_starts_at?: DateInput | null
  sales_ends_at?: DateInput | null
  admits?: string[] | null
  allows_dependents?: boolean
  max_dependents?: number
  rank: number
}[]

export const createTicketTypesStepId = "create-ticket-types-step"

/** Creates ticket type rows (what Medusa has no word for: tier, sales window, dependents); undone by deleting them. */
export const createTicketTypesStep = createStep(
  createTicketTypesStepId,
  async (input: CreateTicketTypesStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const ticketTypes = await events.createTicketTypes(
      input.map((ticketType) => ({
        ...ticketType,
        admits: toJsonList(ticketType.admits),
        sales_starts_at: ticketType.sales_starts_at ? new Date(ticketType.sales_starts_at) : null,
        sales_ends_at: ticketType.sales_ends_at ? new Date(ticketType.sales_ends_at) : null,
      }))
    )
    return new StepResponse(
      ticketTypes,
      ticketTypes.map((ticketType) => ticketType.id)
    )
  },
  async (ticketTypeIds, { container }) => {
    if (!ticketTypeIds?.length) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).deleteTicketTypes(ticketTypeIds)
  }
)
