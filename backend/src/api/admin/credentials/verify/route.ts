import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkTicketCredential } from "../../../../lib/ticket-credential"
import type { AdminVerifyCredentialType } from "./validators"

/** Support staff check a credential a customer shows: valid, or why not, with the ticket as it stands. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminVerifyCredentialType>, res: MedusaResponse) => {
  res.json(await checkTicketCredential(req.scope, req.validatedBody.credential))
}
