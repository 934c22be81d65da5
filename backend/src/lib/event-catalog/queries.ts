/**
 * Read-only SQL for the store's event catalog: a deliberate, documented shortcut across module tables.
 *
 * DESIGN §2 has data cross modules through links and `query.graph`. On this hot path that costs ~35 ms of CPU
 * per listing (medusa-facts.md, "Speed"), so the catalog reads the tables those modules own directly, with a few
 * plain statements on the request's PG_CONNECTION:
 *   events module:  event, venue, ticket_type                      (our own plugin)
 *   links:          events_ticket_type_product_product_variant, events_event_stock_location_stock_location,
 *                   events_event_product_product, product_sales_channel, product_variant_price_set,
 *                   product_variant_inventory_item
 *   product:        product_variant (manage_inventory)
 *   inventory:      inventory_level (stocked_quantity - reserved_quantity)
 *   region / store: region.currency_code, store_currency (the default currency)
 * Prices are the one exception: they come from the pricing module's `calculatePrices` (one call per cache miss),
 * so rules, price lists and quantity tiers follow Medusa's own selection, exactly as a cart will price the ticket.
 *
 * Rules for this file: SELECT only (never write another module's tables), always skip soft-deleted rows, and keep
 * every table and column name here, so a Medusa upgrade that renames one breaks in one place (the HTTP suite
 * `events-store.spec.ts` exercises each statement).
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CategoryCount, EventListQuery, StockItem } from "./types"

export type EventRow = {
  id: string
  handle: string
  title: string
  status: string
  category: string
  images: unknown
  starts_at: Date
  ends_at: Date
  timezone: string
  is_featured: boolean
  description: string | null
  doors_open_at: Date | null
  venue_id: string
  venue_name: string
  venue_city: string
  venue_address_1: string
  venue_postal_code: string | null
  venue_country_code: string
  venue_latitude: number | null
  venue_longitude: number | null
  location_ids: string[] | null
  total?: string | number
}

export type TicketTypeRow = {
  id: string
  event_id: string
  name: string
  tier: string
  description: string | null
  rank: number
  sales_starts_at: Date | null
  sales_ends_at: Date | null
  variant_id: string | null
  manage_inventory: boolean | null
  price_set_id: string | null
  stock_items: StockItem[] | null
}

export type LevelRow = { inventory_item_id: string; location_id: string; available: number }

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** `\`, `%` and `_` are literal in a search term; PostgreSQL's LIKE escapes with a backslash by default. */
export const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, "\\$&")}%`

const EVENT_COLUMNS = `
  e.id, e.handle, e.title, e.status, e.category, e.images, e.starts_at, e.ends_at, e.timezone, e.is_featured,
  e.description, e.doors_open_at,
  v.id as venue_id, v.name as venue_name, v.city as venue_city, v.address_1 as venue_address_1,
  v.postal_code as venue_postal_code, v.country_code as venue_country_code,
  v.latitude as venue_latitude, v.longitude as venue_longitude,
  (select array_agg(esl.stock_location_id order by esl.stock_location_id)
     from events_event_stock_location_stock_location esl
    where esl.event_id = e.id and esl.deleted_at is null) as location_ids`

const ORDER_BY: Record<EventListQuery["order"], string> = {
  starts_at: "e.starts_at asc, e.id asc",
  "-starts_at": "e.starts_at desc, e.id desc",
  title: "e.title asc, e.id asc",
  "-title": "e.title desc, e.id desc",
}

/**
 * Like Medusa's product routes, a storefront sees only what its publishable key's sales channels sell: an event
 * is in a channel when its product is. No channels given (not a store request) means no restriction.
 */
function inSalesChannels(salesChannelIds: string[] | undefined) {
  if (!salesChannelIds?.length) return { sql: "true", bindings: [] as Knex.Value[] }
  return {
    sql: `exists (select 1 from events_event_product_product ep
                    join product_sales_channel psc on psc.product_id = ep.product_id and psc.deleted_at is null
                   where ep.event_id = e.id and ep.deleted_at is null
                     and psc.sales_channel_id in (${placeholders(salesChannelIds)}))`,
    bindings: salesChannelIds as Knex.Value[],
  }
}

function listConditions(query: EventListQuery) {
  const channels = inSalesChannels(query.sales_channel_ids)
  const where = ["e.deleted_at is null", "e.status = 'published'", channels.sql]
  const bindings: Knex.Value[] = [...channels.bindings]
  if (query.category?.length) {
    where.push(`e.category in (${placeholders(query.category)})`)
    bindings.push(...query.category)
  }
  if (query.venue_id?.length) {
    where.push(`e.venue_id in (${placeholders(query.venue_id)})`)
    bindings.push(...query.venue_id)
  }
  if (query.from) {
    where.push("e.starts_at >= ?")
    bindings.push(query.from)
  }
  if (query.to) {
    where.push(query.to_exclusive ? "e.starts_at < ?" : "e.starts_at <= ?")
    bindings.push(query.to)
  }
  if (query.featured !== undefined) {
    where.push("e.is_featured = ?")
    bindings.push(query.featured)
  }
  if (query.q) {
    const pattern = likePattern(query.q)
    where.push("(e.title ilike ? or e.description ilike ? or v.name ilike ?)")
    bindings.push(pattern, pattern, pattern)
  }
  return { where: where.join(" and "), bindings }
}

/** One page of published events matching the filters, and how many match in all. */
export async function selectEventPage(db: Knex, query: EventListQuery): Promise<{ rows: EventRow[]; count: number }> {
  const { where, bindings } = listConditions(query)
  const from = "from event e join venue v on v.id = e.venue_id and v.deleted_at is null"
  const { rows } = await db.raw<{ rows: EventRow[] }>(
    `select ${EVENT_COLUMNS}, count(*) over () as total ${from} where ${where}
      order by ${ORDER_BY[query.order]} limit ? offset ?`,
    [...bindings, query.limit, query.offset]
  )
  if (rows.length) return { rows, count: Number(rows[0].total) }
  if (!query.offset) return { rows, count: 0 }
  // past the last page: the window count has no row to ride on
  const counted = await db.raw<{ rows: { count: string }[] }>(`select count(*) as count ${from} where ${where}`, bindings)
  return { rows, count: Number(counted.rows[0]?.count ?? 0) }
}

/** A customer-visible event by handle: published, or ended (its page still answers, nothing is on sale). */
export async function selectEventByHandle(db: Knex, handle: string, salesChannelIds?: string[]): Promise<EventRow | undefined> {
  const channels = inSalesChannels(salesChannelIds)
  const { rows } = await db.raw<{ rows: EventRow[] }>(
    `select ${EVENT_COLUMNS}
       from event e join venue v on v.id = e.venue_id and v.deleted_at is null
      where e.deleted_at is null and e.status in ('published', 'ended') and e.handle = ? and ${channels.sql}
      limit 1`,
    [handle, ...channels.bindings]
  )
  return rows[0]
}

/** The ticket types of these events, each with its variant (through the link), price set and inventory items. */
export async function selectTicketTypes(db: Knex, eventIds: string[]): Promise<TicketTypeRow[]> {
  if (!eventIds.length) return []
  const { rows } = await db.raw<{ rows: TicketTypeRow[] }>(
    `select tt.id, tt.event_id, tt.name, tt.tier, tt.description, tt.rank, tt.sales_starts_at, tt.sales_ends_at,
            pv.id as variant_id, pv.manage_inventory,
            (select vps.price_set_id from product_variant_price_set vps
              where vps.variant_id = pv.id and vps.deleted_at is null
              order by vps.created_at limit 1) as price_set_id,
            (select json_agg(json_build_object('inventory_item_id', vi.inventory_item_id, 'required_quantity', vi.required_quantity)
                             order by vi.inventory_item_id)
               from product_variant_inventory_item vi
              where vi.variant_id = pv.id and vi.deleted_at is null) as stock_items
       from ticket_type tt
       left join lateral (
             select l.product_variant_id from events_ticket_type_product_product_variant l
              where l.ticket_type_id = tt.id and l.deleted_at is null
              order by l.created_at limit 1) tl on true
       left join product_variant pv on pv.id = tl.product_variant_id and pv.deleted_at is null
      where tt.deleted_at is null and tt.event_id in (${placeholders(eventIds)})
      order by tt.event_id, tt.rank, tt.created_at, tt.id`,
    eventIds
  )
  return rows
}

/** Sellable units of these inventory items at every location: stocked minus reserved. */
export async function selectLevels(db: Knex, inventoryItemIds: string[]): Promise<LevelRow[]> {
  if (!inventoryItemIds.length) return []
  const { rows } = await db.raw<{ rows: LevelRow[] }>(
    `select il.inventory_item_id, il.location_id, (il.stocked_quantity - il.reserved_quantity)::float8 as available
       from inventory_level il
      where il.deleted_at is null and il.inventory_item_id in (${placeholders(inventoryItemIds)})`,
    inventoryItemIds
  )
  return rows
}

export async function selectCategories(db: Knex, salesChannelIds?: string[]): Promise<CategoryCount[]> {
  const channels = inSalesChannels(salesChannelIds)
  const { rows } = await db.raw<{ rows: CategoryCount[] }>(
    `select e.category, count(*)::int as count
       from event e join venue v on v.id = e.venue_id and v.deleted_at is null
      where e.deleted_at is null and e.status = 'published' and ${channels.sql}
      group by e.category order by e.category`,
    channels.bindings
  )
  return rows
}

/** The region's currency, or undefined for an unknown or deleted region. */
export async function selectRegionCurrency(db: Knex, regionId: string): Promise<string | undefined> {
  const { rows } = await db.raw<{ rows: { currency_code: string }[] }>(
    "select currency_code from region where id = ? and deleted_at is null",
    [regionId]
  )
  return rows[0]?.currency_code
}

/** The store's default currency (the first store's, as Medusa has one store). */
export async function selectDefaultCurrency(db: Knex): Promise<string | undefined> {
  const { rows } = await db.raw<{ rows: { currency_code: string }[] }>(
    `select sc.currency_code
       from store_currency sc join store s on s.id = sc.store_id and s.deleted_at is null
      where sc.deleted_at is null and sc.is_default
      order by s.created_at, sc.created_at limit 1`
  )
  return rows[0]?.currency_code
}
