import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attachTicketDependentWorkflow } from "../../../../../../../workflows"
import { ticketDependents } from "../../../helpers"
import type { StoreAttachDependentType } from "../../../validators"

/** Attaches one of the customer's dependents to one of their tickets whose type admits dependents. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAttachDependentType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await attachTicketDependentWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, dependent_id: req.validatedBody.dependent_id, customer_id: customerId },
  })
  res.json({ ticket_id: req.params.id, dependents: await ticketDependents(req.scope, req.params.id) })
}
