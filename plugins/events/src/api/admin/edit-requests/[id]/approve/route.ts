import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveEditRequestWorkflow } from "../../../../../workflows"
import { refetchEditRequest } from "../../helpers"
import type { AdminApproveEditRequestType } from "../../validators"

/** Approves a pending edit request and applies its changes to the event. */
export async function POST(req: AuthenticatedMedusaRequest<AdminApproveEditRequestType>, res: MedusaResponse) {
  await approveEditRequestWorkflow(req.scope).run({
    input: { id: req.params.id, decided_by: req.auth_context.actor_id, note: req.validatedBody.note },
  })
  res.json({ edit_request: await refetchEditRequest(req.params.id, req.scope, req.queryConfig.fields) })
}
