import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { HotRoute } from "@tessera/credentials/http"
import { requireAccess } from "../../../gate/access"
import { judgeScans } from "../../../gate/judge"
import { CHECKIN_MODULE } from "../../../modules/checkin"
import type CheckinModuleService from "../../../modules/checkin/service"
import { UsherCreateScan, type UsherCreateScanType } from "../validators"

/**
 * One online scan: verify, resolve, apply the list, then admit or let out exactly once. Not a
 * workflow on purpose: this is the gate's hot path, and its one transaction lives in the module.
 */
export async function admitOnline(scope: MedusaContainer, usherId: string, body: UsherCreateScanType) {
  const access = await requireAccess(scope, usherId, body.event_id)
  const [judged] = await judgeScans(scope, access, [body], { offline: false })
  return { scan: await scope.resolve<CheckinModuleService>(CHECKIN_MODULE).recordScan(judged) }
}

export async function admitScan(req: AuthenticatedMedusaRequest<UsherCreateScanType>, res: MedusaResponse) {
  res.json(await admitOnline(req.scope, req.auth_context.actor_id, req.validatedBody))
}

/** `POST /usher/scans` on the hot lane (`@tessera/credentials/http`); the route above answers everything else. */
export const admitScanLane: HotRoute<UsherCreateScanType> = {
  method: "POST",
  path: "/usher/scans",
  actor: "usher",
  schema: UsherCreateScan,
  handle: (scope, usherId, body) => admitOnline(scope, usherId, body),
}
