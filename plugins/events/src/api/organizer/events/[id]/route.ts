import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketSales } from "../../../../workflows/utils/ticket-sales"
import { presentEvent } from "../../../admin/events/helpers"
import { salesPerDay, ticketTypeAnalytics } from "../../analytics"
import { organizerIdOf, ownEvent } from "../../helpers"
import { eventAnalyticsFields } from "../../query-config"

/** One own event with its analytics: per ticket type capacity, sold, available (Medusa inventory) and revenue; sales per day. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const stored = await ownEvent<Parameters<typeof presentEvent>[0]>(req.scope, organizerIdOf(req), req.params.id, eventAnalyticsFields)
  const { stock_location: _location, ticket_types: ticketTypes, ...event } = presentEvent(stored) as ReturnType<typeof presentEvent> & {
    ticket_types: { id: string }[]
  }
  const sales = await ticketSales(req.scope, [stored.id])
  res.json({
    event: { ...event, ticket_types: ticketTypeAnalytics(ticketTypes, sales) },
    sales_per_day: salesPerDay(sales),
  })
}
