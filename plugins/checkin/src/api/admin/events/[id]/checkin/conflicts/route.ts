import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkinOf, requireEvent } from "../../../../helpers"
import type { AdminGetConflictsParamsType } from "../../../../validators"
import { conflictViews } from "./conflict-view"

/** Offline duplicates of the event, newest first: both scans (ticket code, holder, time, gate), devices and ushers. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetConflictsParamsType>, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const { status, offset, limit } = req.validatedQuery as AdminGetConflictsParamsType
  const [conflicts, count] = await checkinOf(req.scope).listAndCountConflicts(
    { event_id: req.params.id, ...(status ? { status } : {}) },
    { order: { created_at: "DESC" }, skip: offset, take: limit }
  )
  res.json({ conflicts: await conflictViews(req.scope, conflicts), count, offset, limit })
}
