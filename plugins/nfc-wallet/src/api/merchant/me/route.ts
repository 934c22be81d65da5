import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The logged-in merchant and its stands. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [merchant] } = await query.graph({
    entity: "merchant",
    fields: ["id", "name", "email", "phone", "status", "stands.id", "stands.name", "stands.event_id", "stands.currency_code"],
    filters: { id: req.auth_context.actor_id },
  })
  res.json({ merchant })
}
