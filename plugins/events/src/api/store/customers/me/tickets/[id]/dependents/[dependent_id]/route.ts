import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { detachTicketDependentWorkflow } from "../../../../../../../../workflows"
import { ticketDependents } from "../../../../helpers"

/** Detaches a dependent from one of the customer's tickets. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await detachTicketDependentWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, dependent_id: req.params.dependent_id, customer_id: req.auth_context.actor_id },
  })
  res.json({ ticket_id: req.params.id, dependents: await ticketDependents(req.scope, req.params.id) })
}
