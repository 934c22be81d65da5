import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireAccess } from "../../../gate/access"
import { judgeScans } from "../../../gate/judge"
import { CHECKIN_MODULE } from "../../../modules/checkin"
import type CheckinModuleService from "../../../modules/checkin/service"
import type { UsherCreateScanType } from "../validators"

/**
 * One online scan: verify, resolve, apply the list, then admit or let out exactly once. Not a
 * workflow on purpose: this is the gate's hot path, and its one transaction lives in the module.
 */
export async function admitScan(req: AuthenticatedMedusaRequest<UsherCreateScanType>, res: MedusaResponse) {
  const body = req.validatedBody
  const access = await requireAccess(req.scope, req.auth_context.actor_id, body.event_id)
  const [judged] = await judgeScans(req.scope, access, [body], { offline: false })
  const scan = await req.scope.resolve<CheckinModuleService>(CHECKIN_MODULE).recordScan(judged)
  res.json({ scan })
}
