import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveStoreEvent } from "../../../../lib/event-catalog/catalog"
import type { StoreGetEventParamsType } from "../validators"

/** One event by handle, with its description, full venue and ticket types; drafts and cancelled events are 404. */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetEventParamsType>, res: MedusaResponse) {
  const event = await retrieveStoreEvent(
    req.scope,
    req.params.handle,
    req.validatedQuery.region_id,
    req.publishable_key_context.sales_channel_ids
  )
  if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with handle '${req.params.handle}' was not found`)
  res.json({ event })
}
