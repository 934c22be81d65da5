import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelTicketTransferWorkflow } from "../../../../../../../workflows"
import { refetchOwn, storeTransferFields } from "../../../helpers"

/** The sender withdraws a pending transfer; the ticket stays theirs. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await cancelTicketTransferWorkflow(req.scope).run({ input: { transfer_id: req.params.id, customer_id: customerId } })
  const filters = { id: req.params.id, from_customer_id: customerId }
  const transfer = await refetchOwn(req.scope, "ticket_transfer", filters, storeTransferFields, "Transfer")
  res.json({ transfer })
}
