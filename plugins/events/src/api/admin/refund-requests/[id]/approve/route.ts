import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveRefundRequestWorkflow } from "../../../../../workflows"
import { refetchRefundRequest } from "../../helpers"

/** Refunds the ticket's price on its order's payment and marks the ticket refunded; a decided request is a 409. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await approveRefundRequestWorkflow(req.scope).run({ input: { id: req.params.id, approved_by: req.auth_context.actor_id ?? null } })
  res.json({ refund_request: await refetchRefundRequest(req.params.id, req.scope, req.queryConfig.fields) })
}
