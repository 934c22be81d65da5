import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type TicketRow, withCredentials } from "../helpers"
import type { StoreGetCustomerTicketParamsType } from "../validators"

/** One of the customer's tickets; another customer's ticket is not found, exactly like a missing one. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetCustomerTicketParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ticket",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${req.params.id} was not found`)
  }
  const [ticket] = await withCredentials(data as TicketRow[], req.scope)
  res.json({ ticket })
}
