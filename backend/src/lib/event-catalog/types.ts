/** What `GET /store/events` filters on, already validated and normalised (see api/store/events/validators.ts). */
export type EventListQuery = {
  category?: string[]
  venue_id?: string[]
  /** Inclusive lower bound on starts_at. */
  from?: Date
  /** Upper bound on starts_at: inclusive for a timestamp, the whole day for a plain date (stored as the next midnight, exclusive). */
  to?: Date
  to_exclusive?: boolean
  /** Case-insensitive substring of the title, the description or the venue's name. */
  q?: string
  featured?: boolean
  limit: number
  offset: number
  order: EventOrder
  region_id?: string
  /** The publishable key's sales channels: only events whose product is sold in one of them are listed. */
  sales_channel_ids?: string[]
}

export const EVENT_ORDERS = ["starts_at", "-starts_at", "title", "-title"] as const
export type EventOrder = (typeof EVENT_ORDERS)[number]

export type Money = { amount: number; currency_code: string }

/** One inventory item behind a ticket type's variant, and how many units one ticket takes. */
export type StockItem = { inventory_item_id: string; required_quantity: number }

/** A ticket type as cached: everything except what depends on the clock or on stock. */
export type CatalogTicketType = {
  id: string
  name: string
  tier: string
  description: string | null
  rank: number
  sales_starts_at: string | null
  sales_ends_at: string | null
  variant_id: string | null
  /** false: the variant does not manage inventory, so it never runs out. */
  manage_inventory: boolean
  stock_items: StockItem[]
  price: Money | null
}

export type CatalogVenue = {
  id: string
  name: string
  city: string
  address_1?: string
  postal_code?: string | null
  country_code?: string
  latitude?: number | null
  longitude?: number | null
}

/** An event as cached. `description`, `doors_open_at` and the full venue are only filled for the detail route. */
export type CatalogEvent = {
  id: string
  handle: string
  title: string
  status: string
  category: string
  images: unknown
  starts_at: string
  ends_at: string
  timezone: string
  is_featured: boolean
  description?: string | null
  doors_open_at?: string | null
  venue: CatalogVenue
  /** Stock locations linked to the event; empty means "count every location of the item". */
  location_ids: string[]
  ticket_types: CatalogTicketType[]
}

/** A cached catalog page: `token` names this computation, so availability cached for it matches its item set. */
export type CatalogPage = {
  token: string
  computed_at: number
  currency_code: string
  count: number
  events: CatalogEvent[]
}

/** Sellable units per (inventory item, location), as read at `computed_at`; `token` names this reading. */
export type StockSnapshot = {
  token: string
  computed_at: number
  levels: [inventory_item_id: string, location_id: string, available: number][]
}

export type StoreTicketType = {
  id: string
  name: string
  tier: string
  variant_id: string | null
  price: Money | null
  /** Tickets left; null when the variant does not manage inventory (unlimited). */
  available: number | null
  on_sale: boolean
}

export type StoreEvent = {
  id: string
  handle: string
  title: string
  category: string
  images: unknown
  starts_at: string
  ends_at: string
  timezone: string
  is_featured: boolean
  venue: CatalogVenue
  ticket_types: StoreTicketType[]
  min_price: Money | null
  sold_out: boolean
}

export type StoreEventDetail = StoreEvent & {
  status: string
  description: string | null
  doors_open_at: string | null
  ticket_types: (StoreTicketType & { description: string | null; sales_starts_at: string | null; sales_ends_at: string | null })[]
}

export type CategoryCount = { category: string; count: number }
