import type { TicketUnit } from "./events-service"

type Named = { first_name?: string | null; last_name?: string | null } | null | undefined

export type OrderForTickets = {
  id: string
  status: string
  email?: string | null
  customer_id?: string | null
  customer?: Named
  billing_address?: Named
  items?: ({ id: string; variant_id?: string | null; detail?: { quantity: number | string } | null } | null)[] | null
}

export type VariantTicketType = {
  id: string
  ticket_type?: { id: string; event_id: string } | null
}

/** The variants an order's lines were sold from; lines without a variant (custom items) cannot be tickets. */
export function orderVariantIds(order: OrderForTickets | undefined): string[] {
  const ids = (order?.items ?? []).map((item) => item?.variant_id).filter((id): id is string => !!id)
  return [...new Set(ids)]
}

function fullName(person: Named): string | null {
  const name = [person?.first_name, person?.last_name].filter(Boolean).join(" ").trim()
  return name || null
}

/**
 * One unit per ticket to issue: every unit of every line whose variant is a ticket type. Lines of
 * other products are not tickets and are skipped; a canceled order gets no tickets at all.
 */
export function ticketUnitsOf(order: OrderForTickets | undefined, variants: VariantTicketType[]): TicketUnit[] {
  if (!order || order.status === "canceled") return []
  const ticketTypeByVariant = new Map(
    variants.filter((variant) => variant.ticket_type).map((variant) => [variant.id, variant.ticket_type!])
  )
  const holderName = fullName(order.customer) ?? fullName(order.billing_address)
  return (order.items ?? []).flatMap((item) => {
    const ticketType = item?.variant_id ? ticketTypeByVariant.get(item.variant_id) : undefined
    if (!item || !ticketType) return []
    return Array.from({ length: Math.max(0, Math.floor(Number(item.detail?.quantity ?? 0))) }, (_, unit_index) => ({
      order_id: order.id,
      line_item_id: item.id,
      unit_index,
      event_id: ticketType.event_id,
      ticket_type_id: ticketType.id,
      customer_id: order.customer_id ?? null,
      holder_name: holderName,
      holder_email: order.email ?? null,
    }))
  })
}
