import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectRefundRequestWorkflow } from "../../../../../workflows"
import { refetchRefundRequest } from "../../helpers"
import type { AdminRejectRefundRequestType } from "../../validators"

/** Turns a pending request down with a note for the customer; the ticket stays valid. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectRefundRequestType>, res: MedusaResponse) {
  await rejectRefundRequestWorkflow(req.scope).run({
    input: { id: req.params.id, rejected_by: req.auth_context.actor_id ?? null, note: req.validatedBody.note },
  })
  res.json({ refund_request: await refetchRefundRequest(req.params.id, req.scope, req.queryConfig.fields) })
}
