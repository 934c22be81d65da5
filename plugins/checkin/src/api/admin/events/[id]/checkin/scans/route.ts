import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchScans } from "../../../../../utils/search-scans"
import { checkinOf, requireEvent } from "../../../../helpers"
import type { AdminGetCheckinScansParamsType } from "../../../../validators"

/** The event's scan log, newest first, searchable like the ushers' log. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetCheckinScansParamsType>, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  res.json(await searchScans(checkinOf(req.scope), [req.params.id], req.validatedQuery as AdminGetCheckinScansParamsType))
}
