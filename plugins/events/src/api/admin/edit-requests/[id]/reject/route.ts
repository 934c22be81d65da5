import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectEditRequestWorkflow } from "../../../../../workflows"
import { refetchEditRequest } from "../../helpers"
import type { AdminRejectEditRequestType } from "../../validators"

/** Rejects a pending edit request; the note tells the organizer why. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectEditRequestType>, res: MedusaResponse) {
  await rejectEditRequestWorkflow(req.scope).run({
    input: { id: req.params.id, decided_by: req.auth_context.actor_id, note: req.validatedBody.note },
  })
  res.json({ edit_request: await refetchEditRequest(req.params.id, req.scope, req.queryConfig.fields) })
}
