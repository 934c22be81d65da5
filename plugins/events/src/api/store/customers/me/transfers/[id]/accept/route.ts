import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptTicketTransferWorkflow } from "../../../../../../../workflows"
import { refetchOwn, storeTransferFields } from "../../../helpers"

/** The recipient (the customer with the transfer's email or mobile number) accepts; the ticket becomes theirs. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await acceptTicketTransferWorkflow(req.scope).run({ input: { transfer_id: req.params.id, customer_id: customerId } })
  const transfer = await refetchOwn(
    req.scope,
    "ticket_transfer",
    { id: req.params.id, accepted_by_customer_id: customerId },
    storeTransferFields,
    "Transfer"
  )
  res.json({ transfer })
}
