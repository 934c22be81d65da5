import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventCatalogCache } from "../lib/event-catalog/cache"
import { CATALOG_EVENTS, STOCK_EVENTS, tagsFor } from "../lib/event-catalog/invalidation"

/**
 * Keeps `/store/events` honest: a sale, a reservation, a stock count, a price or an event edit clears what the
 * store catalog cached. With Redis the cache is shared, so clearing it here (on a worker) clears it for every
 * server; the catalog's TTL (2 s, stock 1 s) bounds staleness anyway if an event never arrives.
 */
export default async function eventCatalogInvalidate({ event, container }: SubscriberArgs<unknown>) {
  const cache = eventCatalogCache(container)
  for (const tag of tagsFor(event.name)) await cache.invalidate(tag)
}

export const config: SubscriberConfig = {
  event: [...new Set([...STOCK_EVENTS, ...CATALOG_EVENTS])],
  context: { subscriberId: "event-catalog-invalidate" },
}
