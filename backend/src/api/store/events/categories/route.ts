import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreCategories } from "../../../../lib/event-catalog/catalog"

/** Categories of published events, each with how many events it has, in alphabetical order. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const categories = await listStoreCategories(req.scope)
  res.json({ categories, count: categories.length })
}
