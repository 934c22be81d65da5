/**
 * Pure functions from SQL rows to cached catalog entries, and from cached entries (plus stock and the clock) to
 * what the store routes answer. Anything that depends on time (on sale or not) or stock is computed per request.
 */
import { randomUUID } from "node:crypto"
import type { EventRow, LevelRow, TicketTypeRow } from "./queries"
import type {
  CatalogEvent,
  CatalogTicketType,
  Money,
  StockSnapshot,
  StoreEvent,
  StoreEventDetail,
  StoreTicketType,
} from "./types"

const iso = (date: Date | string | null | undefined) => (date == null ? null : new Date(date).toISOString())

export function catalogEvent(row: EventRow, ticketTypes: CatalogTicketType[], detail: boolean): CatalogEvent {
  const event: CatalogEvent = {
    id: row.id,
    handle: row.handle,
    title: row.title,
    status: row.status,
    category: row.category,
    images: row.images ?? [],
    starts_at: iso(row.starts_at) as string,
    ends_at: iso(row.ends_at) as string,
    timezone: row.timezone,
    is_featured: row.is_featured,
    venue: { id: row.venue_id, name: row.venue_name, city: row.venue_city },
    location_ids: row.location_ids ?? [],
    ticket_types: ticketTypes,
  }
  if (detail) {
    event.description = row.description
    event.doors_open_at = iso(row.doors_open_at)
    event.venue = {
      ...event.venue,
      address_1: row.venue_address_1,
      postal_code: row.venue_postal_code,
      country_code: row.venue_country_code,
      latitude: row.venue_latitude,
      longitude: row.venue_longitude,
    }
  }
  return event
}

/** Ticket type rows grouped by event, each priced from `prices` (price set id → money). */
export function catalogTicketTypes(rows: TicketTypeRow[], prices: Map<string, Money>): Map<string, CatalogTicketType[]> {
  const byEvent = new Map<string, CatalogTicketType[]>()
  for (const row of rows) {
    const list = byEvent.get(row.event_id) ?? []
    list.push({
      id: row.id,
      name: row.name,
      tier: row.tier,
      description: row.description,
      rank: row.rank,
      sales_starts_at: iso(row.sales_starts_at),
      sales_ends_at: iso(row.sales_ends_at),
      variant_id: row.variant_id,
      manage_inventory: row.manage_inventory ?? true,
      stock_items: (row.stock_items ?? []).map((item) => ({
        inventory_item_id: item.inventory_item_id,
        required_quantity: Math.max(1, Number(item.required_quantity) || 1),
      })),
      price: row.price_set_id ? prices.get(row.price_set_id) ?? null : null,
    })
    byEvent.set(row.event_id, list)
  }
  return byEvent
}

export function stockItemIds(events: CatalogEvent[]): string[] {
  const ids = new Set<string>()
  for (const event of events) for (const type of event.ticket_types) for (const item of type.stock_items) ids.add(item.inventory_item_id)
  return [...ids].sort()
}

export function stockSnapshot(rows: LevelRow[], computedAt: number, token: string = randomUUID()): StockSnapshot {
  return { token, computed_at: computedAt, levels: rows.map((row) => [row.inventory_item_id, row.location_id, Number(row.available)]) }
}

/** item id → location id → sellable units. */
export type StockIndex = Map<string, Map<string, number>>

export function stockIndex(snapshot: StockSnapshot): StockIndex {
  const index: StockIndex = new Map()
  for (const [item, location, available] of snapshot.levels) {
    let byLocation = index.get(item)
    if (!byLocation) index.set(item, (byLocation = new Map()))
    byLocation.set(location, (byLocation.get(location) ?? 0) + available)
  }
  return index
}

/**
 * Tickets left for a ticket type, the way Medusa counts a variant: per inventory item, the units at the event's
 * stock locations (every location when the event names none) divided by what one ticket takes; the scarcest item
 * wins. null: the variant does not manage inventory. 0: nothing to sell (no variant, or no inventory item).
 */
export function ticketsLeft(type: CatalogTicketType, locationIds: string[], stock: StockIndex): number | null {
  if (!type.variant_id) return 0
  if (!type.manage_inventory) return null
  if (!type.stock_items.length) return 0
  let left = Infinity
  for (const item of type.stock_items) {
    const byLocation = stock.get(item.inventory_item_id)
    let units = 0
    if (byLocation) {
      if (locationIds.length) for (const location of locationIds) units += byLocation.get(location) ?? 0
      else for (const value of byLocation.values()) units += value
    }
    left = Math.min(left, Math.floor(units / item.required_quantity))
  }
  return Math.max(0, left)
}

/** Sellable now: a published event not yet over, a priced variant, and inside the ticket type's sales window. */
export function onSale(event: CatalogEvent, type: CatalogTicketType, now: number): boolean {
  if (event.status !== "published" || !type.variant_id || !type.price) return false
  if (Date.parse(event.ends_at) <= now) return false
  if (type.sales_starts_at && Date.parse(type.sales_starts_at) > now) return false
  if (type.sales_ends_at && Date.parse(type.sales_ends_at) <= now) return false
  return true
}

/** The first moment after `now` when an `on_sale` on these events flips (a sales window opens or closes, an event ends). */
export function nextBoundary(events: CatalogEvent[], now: number): number {
  let next = Infinity
  const consider = (at: string | null | undefined) => {
    const time = at ? Date.parse(at) : NaN
    if (time > now && time < next) next = time
  }
  for (const event of events) {
    consider(event.ends_at)
    for (const type of event.ticket_types) {
      consider(type.sales_starts_at)
      consider(type.sales_ends_at)
    }
  }
  return next
}

const hasTicketsLeft = (type: StoreTicketType) => type.available === null || type.available > 0

/** The cheapest ticket still to be had, or the cheapest at all once everything is gone. */
export function minPrice(types: StoreTicketType[]): Money | null {
  const priced = types.filter((type) => type.price)
  const candidates = priced.some(hasTicketsLeft) ? priced.filter(hasTicketsLeft) : priced
  let min: Money | null = null
  for (const type of candidates) if (!min || (type.price as Money).amount < min.amount) min = type.price
  return min
}

function storeTicketType(event: CatalogEvent, type: CatalogTicketType, stock: StockIndex, now: number): StoreTicketType {
  return {
    id: type.id,
    name: type.name,
    tier: type.tier,
    variant_id: type.variant_id,
    price: type.price,
    available: ticketsLeft(type, event.location_ids, stock),
    on_sale: onSale(event, type, now),
  }
}

export function storeEvent(event: CatalogEvent, stock: StockIndex, now: number): StoreEvent {
  const ticketTypes = event.ticket_types.map((type) => storeTicketType(event, type, stock, now))
  return {
    id: event.id,
    handle: event.handle,
    title: event.title,
    category: event.category,
    images: event.images,
    starts_at: event.starts_at,
    ends_at: event.ends_at,
    timezone: event.timezone,
    is_featured: event.is_featured,
    venue: event.venue,
    ticket_types: ticketTypes,
    min_price: minPrice(ticketTypes),
    sold_out: ticketTypes.length > 0 && !ticketTypes.some(hasTicketsLeft),
  }
}

export function storeEventDetail(event: CatalogEvent, stock: StockIndex, now: number): StoreEventDetail {
  const base = storeEvent(event, stock, now)
  return {
    ...base,
    status: event.status,
    description: event.description ?? null,
    doors_open_at: event.doors_open_at ?? null,
    ticket_types: base.ticket_types.map((type, i) => ({
      ...type,
      description: event.ticket_types[i].description,
      sales_starts_at: event.ticket_types[i].sales_starts_at,
      sales_ends_at: event.ticket_types[i].sales_ends_at,
    })),
  }
}
