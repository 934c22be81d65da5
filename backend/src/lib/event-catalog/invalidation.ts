import type { CacheTag } from "./cache"

const actions = (prefix: string, verbs: string[]) => verbs.map((verb) => `${prefix}.${verb}`)
const CRUD = ["created", "updated", "deleted", "restored"]
const LINK = ["attached", "detached"]

/**
 * Events that change what a ticket buyer can get: a sale, a reservation made or released, stock counted anew.
 * Medusa 2.21 emits the `inventory.*` events from the inventory module on every write (reserving at cart
 * completion, releasing on cancel, adjusting at fulfilment), and the unprefixed ones from core-flows workflows.
 */
export const STOCK_EVENTS = [
  "order.placed",
  "order.canceled",
  ...actions("inventory.reservation-item", CRUD),
  ...actions("inventory.inventory-level", CRUD),
  ...actions("reservation-item", ["created", "updated", "deleted"]),
  ...actions("inventory-level", ["created", "updated", "deleted"]),
]

/**
 * Events that change what a listing shows apart from stock: our events module (event, ticket type, venue rows,
 * emitted by its MedusaService on every write), variants, prices and price lists, region currencies, and the
 * links the catalog reads (ticket type ↔ variant, event ↔ stock location / product, product ↔ sales channel,
 * variant ↔ price set / inventory item).
 */
export const CATALOG_EVENTS = [
  ...actions("events.event", CRUD),
  ...actions("events.ticket-type", CRUD),
  ...actions("events.venue", CRUD),
  ...actions("product.product-variant", CRUD),
  "product-variant.updated",
  "product-variant.deleted",
  ...actions("pricing.price", CRUD),
  ...actions("pricing.price-set", CRUD),
  ...actions("pricing.price-rule", CRUD),
  ...actions("pricing.price-list", CRUD),
  ...actions("pricing.price-list-rule", CRUD),
  "price-list.created",
  "price-list.updated",
  "price-list.deleted",
  ...actions("region.region", CRUD),
  "region.updated",
  ...actions("store.store-currency", CRUD),
  ...actions("inventory.inventory-item", ["deleted", "restored"]),
  ...actions("LinkEventsTicketTypeProductProductVariant", LINK),
  ...actions("LinkEventsEventStockLocationStockLocation", LINK),
  ...actions("LinkEventsEventProductProduct", LINK),
  ...actions("LinkProductSalesChannel", LINK),
  ...actions("LinkProductVariantPriceSet", LINK),
  ...actions("LinkProductVariantInventoryItem", LINK),
]

const stock = new Set(STOCK_EVENTS)
const catalog = new Set(CATALOG_EVENTS)

/** What an event invalidates: a catalog change can also add or remove stock items, so it clears both. */
export function tagsFor(eventName: string): CacheTag[] {
  if (catalog.has(eventName)) return ["catalog", "stock"]
  if (stock.has(eventName)) return ["stock"]
  return []
}
