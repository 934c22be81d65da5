import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { offerTicketTransferWorkflow } from "../../../../../../../workflows"
import { refetchOwn, storeTransferFields } from "../../../helpers"
import type { StoreCreateTransferType } from "../../../validators"

/** Offers one of the customer's valid tickets to an email or mobile number; pending for 7 days. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateTransferType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result } = await offerTicketTransferWorkflow(req.scope).run({
    input: { ...req.validatedBody, ticket_id: req.params.id, from_customer_id: customerId },
  })
  const transfer = await refetchOwn(req.scope, "ticket_transfer", { id: result.id, from_customer_id: customerId }, storeTransferFields, "Transfer")
  res.status(201).json({ transfer })
}
