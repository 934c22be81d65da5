import { randomUUID } from "node:crypto"
import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { catalogEvent, catalogTicketTypes, nextBoundary, stockIndex, stockItemIds, stockSnapshot, storeEvent, storeEventDetail } from "./assemble"
import { eventCatalogCache } from "./cache"
import {
  selectCategories,
  selectDefaultCurrency,
  selectEventByHandle,
  selectEventPage,
  selectLevels,
  selectRegionCurrency,
  selectTicketTypes,
  type EventRow,
} from "./queries"
import type { CatalogEvent, CatalogPage, CategoryCount, EventListQuery, Money, StockSnapshot, StoreEventDetail } from "./types"

/**
 * Staleness bounds. Every cached value carries the time its reads began and is refused once older than these,
 * on every instance and whatever the backend, so a change the invalidation subscriber never heard of (another
 * instance without a shared cache, a lost event) shows within the bound. Invalidation makes it immediate otherwise.
 */
export const CATALOG_TTL_MS = 2_000
export const STOCK_TTL_MS = 1_000

type CategoriesEntry = { computed_at: number; categories: CategoryCount[] }
type DetailEntry = { computed_at: number; token: string; event: CatalogEvent | null; currency_code: string | null }

const db = (scope: MedusaContainer) => scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

class RegionNotFound extends MedusaError {
  field = "region_id"
  constructor(regionId: string) {
    super(MedusaError.Types.INVALID_DATA, `Invalid request: Field 'region_id': no region with id '${regionId}'`)
  }
}

/** The currency prices are shown in: the region's when one is named, else the store's default. */
async function currencyFor(scope: MedusaContainer, regionId: string | undefined): Promise<string | null> {
  if (regionId) {
    const currency = await selectRegionCurrency(db(scope), regionId)
    if (!currency) throw new RegionNotFound(regionId)
    return currency
  }
  return (await selectDefaultCurrency(db(scope))) ?? null
}

/** price set id → the calculated price in this currency, through Medusa's own price selection. */
async function pricesFor(scope: MedusaContainer, priceSetIds: string[], currency: string | null, regionId?: string) {
  const prices = new Map<string, Money>()
  if (!priceSetIds.length || !currency) return prices
  const pricing = scope.resolve<IPricingModuleService>(Modules.PRICING)
  const calculated = await pricing.calculatePrices(
    { id: priceSetIds },
    { context: { currency_code: currency, ...(regionId ? { region_id: regionId } : {}) } }
  )
  for (const price of calculated) {
    if (price.calculated_amount == null) continue
    prices.set(price.id, { amount: Number(price.calculated_amount), currency_code: price.currency_code ?? currency })
  }
  return prices
}

async function withTicketTypes(scope: MedusaContainer, rows: EventRow[], currency: string | null, regionId: string | undefined, detail: boolean) {
  const ticketTypeRows = await selectTicketTypes(
    db(scope),
    rows.map((row) => row.id)
  )
  const priceSetIds = [...new Set(ticketTypeRows.flatMap((row) => (row.price_set_id ? [row.price_set_id] : [])))]
  const byEvent = catalogTicketTypes(ticketTypeRows, await pricesFor(scope, priceSetIds, currency, regionId))
  return rows.map((row) => catalogEvent(row, byEvent.get(row.id) ?? [], detail))
}

export function listKey(query: EventListQuery) {
  return JSON.stringify([
    "list",
    query.category ?? null,
    query.venue_id ?? null,
    query.from?.toISOString() ?? null,
    query.to?.toISOString() ?? null,
    query.to_exclusive ?? false,
    query.q ?? null,
    query.featured ?? null,
    query.limit,
    query.offset,
    query.order,
    query.region_id ?? null,
    query.sales_channel_ids ?? null,
  ])
}

async function stockFor(scope: MedusaContainer, token: string, events: CatalogEvent[]): Promise<StockSnapshot> {
  const items = stockItemIds(events)
  return eventCatalogCache(scope).read<StockSnapshot>("stock", `stock:${token}`, STOCK_TTL_MS, async (startedAt) =>
    stockSnapshot(await selectLevels(db(scope), items), startedAt)
  )
}

async function catalogPage(scope: MedusaContainer, query: EventListQuery, key: string): Promise<CatalogPage> {
  return eventCatalogCache(scope).read<CatalogPage>("catalog", key, CATALOG_TTL_MS, async (startedAt) => {
    const currency = await currencyFor(scope, query.region_id)
    const { rows, count } = await selectEventPage(db(scope), query)
    return {
      token: randomUUID(),
      computed_at: startedAt,
      currency_code: currency ?? "",
      count,
      events: await withTicketTypes(scope, rows, currency, query.region_id, false),
    }
  })
}

type SerializedPage = { page: string; stock: string; validUntil: number; body: string }
const serialized = new Map<string, SerializedPage>()
const MAX_SERIALIZED = 2_000

/**
 * The `GET /store/events` response body as JSON text. The text is derived only from a cached page, a cached
 * stock snapshot and the clock, so it is kept until either changes or until the next sales-window boundary on
 * the page (when an `on_sale` flips); a hit then costs a map lookup instead of building and serialising objects.
 */
export async function storeEventsBody(scope: MedusaContainer, query: EventListQuery): Promise<string> {
  const key = listKey(query)
  const page = await catalogPage(scope, query, key)
  const stock = await stockFor(scope, page.token, page.events)
  const now = Date.now()
  const kept = serialized.get(key)
  if (kept && kept.page === page.token && kept.stock === stock.token && now < kept.validUntil) return kept.body
  const index = stockIndex(stock)
  const body = JSON.stringify({ events: page.events.map((event) => storeEvent(event, index, now)), count: page.count, limit: query.limit, offset: query.offset })
  if (serialized.size >= MAX_SERIALIZED) serialized.clear()
  serialized.set(key, { page: page.token, stock: stock.token, validUntil: nextBoundary(page.events, now), body })
  return body
}

/** `GET /store/events/:handle`: a published (or ended) event, or null. */
export async function retrieveStoreEvent(
  scope: MedusaContainer,
  handle: string,
  regionId?: string,
  salesChannelIds?: string[]
): Promise<StoreEventDetail | null> {
  const key = JSON.stringify(["detail", handle, regionId ?? null, salesChannelIds ?? null])
  const entry = await eventCatalogCache(scope).read<DetailEntry>("catalog", key, CATALOG_TTL_MS, async (startedAt) => {
    const currency = await currencyFor(scope, regionId)
    const row = await selectEventByHandle(db(scope), handle, salesChannelIds)
    const [event] = row ? await withTicketTypes(scope, [row], currency, regionId, true) : []
    return { computed_at: startedAt, token: randomUUID(), event: event ?? null, currency_code: currency }
  })
  if (!entry.event) return null
  const stock = stockIndex(await stockFor(scope, entry.token, [entry.event]))
  return storeEventDetail(entry.event, stock, Date.now())
}

/** `GET /store/events/categories`: categories of published events, with how many each has. */
export async function listStoreCategories(scope: MedusaContainer, salesChannelIds?: string[]): Promise<CategoryCount[]> {
  const key = JSON.stringify(["categories", salesChannelIds ?? null])
  const entry = await eventCatalogCache(scope).read<CategoriesEntry>("catalog", key, CATALOG_TTL_MS, async (startedAt) => ({
    computed_at: startedAt,
    categories: await selectCategories(db(scope), salesChannelIds),
  }))
  return entry.categories
}
