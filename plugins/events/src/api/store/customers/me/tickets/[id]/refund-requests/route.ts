import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestTicketRefundWorkflow } from "../../../../../../../workflows"
import { refetchOwn, storeRefundRequestFields } from "../../../helpers"
import type { StoreCreateRefundRequestType } from "../../../validators"

/** Asks for one of the customer's valid tickets to be refunded; one pending request per ticket. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateRefundRequestType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result } = await requestTicketRefundWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, customer_id: customerId, reason: req.validatedBody.reason },
  })
  const refund_request = await refetchOwn(
    req.scope,
    "ticket_refund_request",
    { id: result.id, customer_id: customerId },
    storeRefundRequestFields,
    "Refund request"
  )
  res.status(201).json({ refund_request })
}
