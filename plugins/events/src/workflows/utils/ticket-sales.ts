import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"

/** One ticket with what it was sold for: its order line's unit price, in the order's currency. */
export type TicketSale = {
  id: string
  event_id: string
  ticket_type_id: string
  status: "valid" | "void" | "refunded"
  created_at: Date
  currency_code: string | null
  amount: number
}

type OrderPrices = { id: string; currency_code: string; items?: ({ id: string; unit_price: number | string } | null)[] | null }

/**
 * Every ticket of the given events with its sale price. Tickets carry their order and line item ids;
 * the prices stay in Medusa's order module and are read through query.graph (one call for all orders).
 */
export async function ticketSales(container: MedusaContainer, eventIds: string[]): Promise<TicketSale[]> {
  if (!eventIds.length) return []
  const tickets = await container
    .resolve<EventsModuleService>(EVENTS_MODULE)
    .listTickets({ event_id: eventIds }, { select: ["id", "event_id", "ticket_type_id", "status", "created_at", "order_id", "line_item_id"] })
  const orderIds = [...new Set(tickets.flatMap((ticket) => (ticket.order_id ? [ticket.order_id] : [])))]
  const { data: orders } = orderIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "currency_code", "items.id", "items.unit_price"],
        filters: { id: orderIds },
      })
    : { data: [] }
  const prices = new Map<string, { currency_code: string; amount: number }>()
  for (const order of orders as OrderPrices[]) {
    for (const item of order.items ?? []) {
      if (item) prices.set(item.id, { currency_code: order.currency_code, amount: Number(item.unit_price) })
    }
  }
  return tickets.map((ticket) => {
    const price = ticket.line_item_id ? prices.get(ticket.line_item_id) : undefined
    return {
      id: ticket.id,
      event_id: ticket.event_id,
      ticket_type_id: ticket.ticket_type_id,
      status: ticket.status,
      created_at: new Date(ticket.created_at),
      currency_code: price?.currency_code ?? null,
      amount: price?.amount ?? 0,
    }
  })
}

const cents = (amount: number) => Math.round(amount * 100)

/** What valid tickets brought in, per currency, to the cent. */
export function revenueByCurrency(sales: TicketSale[]): Record<string, number> {
  const totals: Record<string, number> = {}
  for (const sale of sales) {
    if (sale.status !== "valid" || !sale.currency_code) continue
    totals[sale.currency_code] = (totals[sale.currency_code] ?? 0) + cents(sale.amount)
  }
  return Object.fromEntries(Object.entries(totals).map(([currency, total]) => [currency, total / 100]))
}

/** Sold (valid), voided and refunded tickets among the given sales. */
export function ticketCounts(sales: TicketSale[]) {
  const count = (status: TicketSale["status"]) => sales.filter((sale) => sale.status === status).length
  return { sold: count("valid"), void: count("void"), refunded: count("refunded") }
}

/**
 * A payout's figures, computed in cents: gross is what was sold and not yet paid out, fees are
 * gross × fee_bps / 10 000 rounded to the cent (half up), and net is the rest.
 */
export function payoutFigures(sold: number, paidOut: number, feeBps: number) {
  const gross = cents(sold) - cents(paidOut)
  const fees = Math.round((gross * feeBps) / 10_000)
  return { gross: gross / 100, fees: fees / 100, net: (gross - fees) / 100 }
}
