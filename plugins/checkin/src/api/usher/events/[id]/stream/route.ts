import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireAccess } from "../../../../../gate/access"
import { liveStream } from "../../../../utils/live-stream"

/** Live figures, admissions and (for leads) conflicts of an assigned event, as server-sent events. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const access = await requireAccess(req.scope, req.auth_context.actor_id, req.params.id, "id")
  await liveStream(req, res, access.event_id, { conflicts: access.role === "lead" })
}
