import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type TicketRow, withCredentials } from "./helpers"
import type { StoreGetCustomerTicketsParamsType } from "./validators"

/** The logged-in customer's tickets, newest first, each valid one with its signed credential. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetCustomerTicketsParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip, take } = req.queryConfig.pagination
  const { data, metadata } = await query.graph({
    entity: "ticket",
    fields: req.queryConfig.fields,
    filters: { customer_id: req.auth_context.actor_id },
    // id breaks ties: one order's tickets share a created_at, and pages must not overlap
    pagination: { skip, take, order: { created_at: "DESC", id: "ASC" } },
  })
  const tickets = await withCredentials(data as TicketRow[], req.scope)
  res.json({ tickets, count: metadata?.count ?? tickets.length, offset: skip, limit: take })
}
