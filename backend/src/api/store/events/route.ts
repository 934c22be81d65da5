import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { storeEventsBody } from "../../../lib/event-catalog/catalog"
import type { EventListQuery } from "../../../lib/event-catalog/types"

/**
 * Published events for the storefront: `{ events, count, limit, offset }`, each with its venue, ticket types,
 * prices (the region's currency, else the store's default), tickets left, `on_sale`, `min_price` and `sold_out`.
 * Served from the event catalog cache (lib/event-catalog): plain SQL on a miss, no query.graph on this path;
 * at most 2 s stale (stock 1 s), fresh at once after an invalidating event.
 */
export async function GET(req: MedusaStoreRequest<unknown, EventListQuery>, res: MedusaResponse) {
  const salesChannels = req.publishable_key_context.sales_channel_ids
  const body = await storeEventsBody(req.scope, { ...req.validatedQuery, sales_channel_ids: salesChannels })
  res.type("application/json").send(body)
}
