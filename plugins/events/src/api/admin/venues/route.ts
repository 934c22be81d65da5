import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createVenueWorkflow } from "../../../workflows"
import { refetchVenue } from "./helpers"
import type { AdminCreateVenueType, AdminGetVenuesParamsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetVenuesParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields
  const { data: venues, metadata } = await query.graph({
    entity: "venue",
    fields: req.queryConfig.fields,
    // name and city are the venue's searchable fields
    filters: { ...filters, ...(q ? { q } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ venues, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateVenueType>, res: MedusaResponse) {
  const { result } = await createVenueWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ venue: await refetchVenue(result.id, req.scope, req.queryConfig.fields) })
}
