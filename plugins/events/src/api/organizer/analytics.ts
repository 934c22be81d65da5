import type { TicketSale } from "../../workflows/utils/ticket-sales"
import { revenueByCurrency, ticketCounts } from "../../workflows/utils/ticket-sales"

type PresentedTicketType = { id: string; capacity?: number; available?: number; [field: string]: unknown }

/** Each ticket type with what it sold: sold (valid), refunded and void tickets and revenue per currency, beside its capacity and availability. */
export function ticketTypeAnalytics(ticketTypes: PresentedTicketType[], sales: TicketSale[]) {
  return ticketTypes.map((ticketType) => {
    const own = sales.filter((sale) => sale.ticket_type_id === ticketType.id)
    return { ...ticketType, ...ticketCounts(own), revenue: revenueByCurrency(own) }
  })
}

/** Tickets sold (still valid) and their revenue per UTC day of issue, oldest day first. */
export function salesPerDay(sales: TicketSale[]) {
  const days = new Map<string, TicketSale[]>()
  for (const sale of sales) {
    if (sale.status !== "valid") continue
    const day = sale.created_at.toISOString().slice(0, 10)
    days.set(day, [...(days.get(day) ?? []), sale])
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, daySales]) => ({ date, sold: daySales.length, revenue: revenueByCurrency(daySales) }))
}
