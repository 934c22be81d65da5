import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptTicketTransferWorkflow } from "../../../../workflows"
import { refetchOwn, storeTransferFields } from "../../customers/me/helpers"
import type { StoreAcceptTransferByTokenType } from "../../customers/me/validators"

/** Accepts a transfer from the link its recipient was sent: whoever is logged in and holds the token. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAcceptTransferByTokenType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result } = await acceptTicketTransferWorkflow(req.scope).run({ input: { token: req.validatedBody.token, customer_id: customerId } })
  const transfer = await refetchOwn(
    req.scope,
    "ticket_transfer",
    { id: result.transfer_id, accepted_by_customer_id: customerId },
    storeTransferFields,
    "Transfer"
  )
  res.json({ transfer })
}
