import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminGetEventsParamsType } from "./validators"

type LocationLevel = { location_id: string; stocked_quantity?: number | string | null; reserved_quantity?: number | string | null }

type GraphTicketType = {
  id: string
  rank?: number
  product_variant?: {
    id: string
    sku?: string | null
    prices?: ({ amount: number; currency_code: string } | null)[] | null
    inventory_items?: ({ inventory?: { location_levels?: (LocationLevel | null)[] | null } | null } | null)[] | null
  } | null
  [field: string]: unknown
}

type GraphEvent = {
  id: string
  stock_location?: { id: string } | null
  ticket_types?: (GraphTicketType | null)[] | null
  [field: string]: unknown
}

/**
 * A ticket type as the admin reads it: its own fields plus what Medusa holds for it, flattened —
 * the variant id and SKU, the price (and every price, if more currencies were added), and its
 * capacity and what is still available at the event's stock location.
 */
export function presentTicketType(ticketType: GraphTicketType, locationId: string | undefined) {
  const { product_variant: variant, ...own } = ticketType
  if (variant === undefined) return own
  const prices = (variant?.prices ?? []).flatMap((price) => (price ? [{ amount: price.amount, currency_code: price.currency_code }] : []))
  const levels = (variant?.inventory_items ?? [])
    .flatMap((item) => item?.inventory?.location_levels ?? [])
    .filter((level): level is LocationLevel => !!level && (!locationId || level.location_id === locationId))
  const stocked = levels.reduce((sum, level) => sum + Number(level.stocked_quantity ?? 0), 0)
  const reserved = levels.reduce((sum, level) => sum + Number(level.reserved_quantity ?? 0), 0)
  return {
    ...own,
    variant_id: variant?.id ?? null,
    sku: variant?.sku ?? null,
    price: prices[0]?.amount ?? null,
    currency_code: prices[0]?.currency_code ?? null,
    prices,
    capacity: stocked,
    available: Math.max(0, stocked - reserved),
  }
}

/** An event as the admin API answers it: ticket types in their rank order, each flattened. */
export function presentEvent(event: GraphEvent) {
  if (!event.ticket_types) return event
  const ticketTypes = event.ticket_types
    .filter((ticketType): ticketType is GraphTicketType => !!ticketType)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((ticketType) => presentTicketType(ticketType, event.stock_location?.id))
  return { ...event, ticket_types: ticketTypes }
}

/** The list filters as query.graph takes them; `q` matches part of the title. */
export function eventFilters({ q, ...filters }: Omit<AdminGetEventsParamsType, "limit" | "offset" | "order" | "fields" | "with_deleted">) {
  const escaped = q?.replace(/[\\%_]/g, (character) => `\\${character}`)
  return { ...filters, ...(escaped ? { title: { $ilike: `%${escaped}%` } } : {}) }
}

/** One event, read again after a change, in the shape the admin API answers; 404 when there is none. */
export async function refetchEvent(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "event", fields, filters: { id } })
  const [event] = data as GraphEvent[]
  if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${id} was not found`)
  return presentEvent(event)
}
