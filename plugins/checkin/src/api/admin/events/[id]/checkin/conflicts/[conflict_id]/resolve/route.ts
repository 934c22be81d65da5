import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkinOf } from "../../../../../../helpers"
import type { AdminResolveConflictType } from "../../../../../../validators"
import { conflictViews } from "../../conflict-view"

/** Closes a conflict with a note saying what was done; a second resolve keeps the first note. */
export async function POST(req: AuthenticatedMedusaRequest<AdminResolveConflictType>, res: MedusaResponse) {
  const conflict = await checkinOf(req.scope).resolveConflict(
    req.params.conflict_id,
    req.params.id,
    req.validatedBody.note,
    req.auth_context.actor_id
  )
  const [view] = await conflictViews(req.scope, [conflict])
  res.json({ conflict: view })
}
