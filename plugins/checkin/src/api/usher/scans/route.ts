import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireAccess } from "../../../gate/access"
import { judgeScans } from "../../../gate/judge"
import { CHECKIN_MODULE } from "../../../modules/checkin"
import type CheckinModuleService from "../../../modules/checkin/service"
import { searchScans } from "../../utils/search-scans"
import type { UsherCreateScanType, UsherGetScansParamsType } from "../validators"

/** The scan log of the usher's assigned events, 10 per page, newest first. */
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

/**
 * One online scan: verify, resolve, apply the list, then admit or let out exactly once. Not a
 * workflow on purpose: this is the gate's hot path, and its one transaction lives in the module.
 */
export async function POST(req: AuthenticatedMedusaRequest<UsherCreateScanType>, res: MedusaResponse) {
  const body = req.validatedBody
  const access = await requireAccess(req.scope, req.auth_context.actor_id, body.event_id)
  const [judged] = await judgeScans(req.scope, access, [body], { offline: false })
  const scan = await req.scope.resolve<CheckinModuleService>(CHECKIN_MODULE).recordScan(judged)
  res.json({ scan })
}
