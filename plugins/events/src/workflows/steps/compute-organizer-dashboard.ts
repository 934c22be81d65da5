import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import { EVENT_STATUSES } from "../../modules/events/models/event"
import type EventsModuleService from "../../modules/events/service"
import { revenueByCurrency, ticketCounts, ticketSales } from "../utils/ticket-sales"

export type ComputeOrganizerDashboardStepInput = { organizer_id: string }

export const computeOrganizerDashboardStepId = "compute-organizer-dashboard-step"

/** An organizer's figures over all its events: events by status, tickets sold and refunded, revenue per currency, tickets by type. */
export const computeOrganizerDashboardStep = createStep(
  computeOrganizerDashboardStepId,
  async (input: ComputeOrganizerDashboardStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const own = await events.listEvents({ organizer_id: input.organizer_id }, { select: ["id", "status"] })
    const eventIds = own.map((event) => event.id)
    const [sales, ticketTypes] = await Promise.all([
      ticketSales(container, eventIds),
      eventIds.length ? events.listTicketTypes({ event_id: eventIds }, { select: ["id", "name", "tier", "event_id"] }) : [],
    ])

    const eventsByStatus = Object.fromEntries(EVENT_STATUSES.map((status) => [status, own.filter((event) => event.status === status).length]))
    const counts = ticketCounts(sales)
    return new StepResponse({
      event_ids: eventIds,
      events: { total: own.length, ...eventsByStatus },
      tickets: { sold: counts.sold, refunded: counts.refunded, void: counts.void },
      revenue: revenueByCurrency(sales),
      tickets_by_type: ticketTypes.map((ticketType) => ({
        ticket_type_id: ticketType.id,
        event_id: ticketType.event_id,
        name: ticketType.name,
        tier: ticketType.tier,
        sold: sales.filter((sale) => sale.ticket_type_id === ticketType.id && sale.status === "valid").length,
      })),
    })
  }
)
