import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE_KEY, type EventsService, type TicketUnit } from "../utils/events-service"

export type IssueTicketUnitsStepInput = { units: TicketUnit[] }

export const issueTicketUnitsStepId = "issue-ticket-units-step"

/** Issues one ticket per unit; units that already have a ticket keep it, and only new tickets are undone. */
export const issueTicketUnitsStep = createStep(
  issueTicketUnitsStepId,
  async ({ units }: IssueTicketUnitsStepInput, { container }) => {
    if (!units.length) return new StepResponse([], [] as string[])
    const events = container.resolve<EventsService>(EVENTS_MODULE_KEY)
    const lineItemIds = [...new Set(units.map((unit) => unit.line_item_id))]
    // the workflow holds the order's lock, so nothing else issues for these lines between the two reads
    const existing = await events.listTickets({ line_item_id: lineItemIds }, { select: ["id"] })
    const known = new Set(existing.map((ticket) => ticket.id))
    const tickets = await events.issueTicketUnits(units)
    return new StepResponse(
      tickets,
      tickets.filter((ticket) => !known.has(ticket.id)).map((ticket) => ticket.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<EventsService>(EVENTS_MODULE_KEY).deleteTickets(createdIds)
  }
)
