import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetTicketsParamsType } from "./validators"

/** Tickets, searchable by holder name, email or code (`q`), filterable by status, event, customer and order. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetTicketsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields
  const { data: tickets, metadata } = await query.graph({
    entity: "ticket",
    fields: req.queryConfig.fields,
    // code, holder_name and holder_email are the ticket's searchable fields
    filters: { ...filters, ...(q ? { q } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ tickets, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
