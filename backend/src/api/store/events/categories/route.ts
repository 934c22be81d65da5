import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listStoreCategories } from "../../../../lib/event-catalog/catalog"

/** Categories of published events, each with how many events it has, in alphabetical order. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const categories = await listStoreCategories(req.scope, req.publishable_key_context.sales_channel_ids)
  res.json({ categories, count: categories.length })
}
