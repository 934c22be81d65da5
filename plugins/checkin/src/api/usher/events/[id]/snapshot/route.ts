import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireAccess } from "../../../../../gate/access"
import { eventSnapshot } from "../../../../../gate/snapshot"
import type { UsherGetSnapshotParamsType } from "../../../validators"

/** The offline snapshot of an assigned event, as a delta after `since` (the previous answer's next_cursor). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, UsherGetSnapshotParamsType>, res: MedusaResponse) {
  const access = await requireAccess(req.scope, req.auth_context.actor_id, req.params.id, "id")
  const { since, limit } = req.validatedQuery as UsherGetSnapshotParamsType
  res.json({ snapshot: await eventSnapshot(req.scope, access, since, limit) })
}
