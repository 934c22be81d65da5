import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeEventFavoriteWorkflow } from "../../../../../../workflows"

/** Removes an event from the customer's favorites; removing one that is not there is fine too. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeEventFavoriteWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, event_id: req.params.event_id },
  })
  res.json({ id: req.params.event_id, object: "event_favorite", deleted: true })
}
