import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireAccess } from "../../../gate/access"
import { CHECKIN_MODULE } from "../../../modules/checkin"
import type CheckinModuleService from "../../../modules/checkin/service"
import { searchScans } from "../../utils/search-scans"
import type { UsherGetScansParamsType } from "../validators"

/**
 * The scan log of the usher's assigned events, 10 per page, newest first. A scan itself is
 * `POST /usher/scans`, registered ahead of the route table (see ../middlewares.ts and admit-scan.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, UsherGetScansParamsType>, res: MedusaResponse) {
  const checkin = req.scope.resolve<CheckinModuleService>(CHECKIN_MODULE)
  const params = req.validatedQuery as UsherGetScansParamsType
  let eventIds: string[]
  if (params.event_id) {
    await requireAccess(req.scope, req.auth_context.actor_id, params.event_id)
    eventIds = [params.event_id]
  } else {
    const assignments = await checkin.listUsherAssignments({ usher_id: req.auth_context.actor_id }, { select: ["event_id"] })
    eventIds = assignments.map((assignment) => assignment.event_id)
  }
  res.json(await searchScans(checkin, eventIds, params))
}
