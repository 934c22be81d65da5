import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { organizerIdOf } from "../helpers"
import type { OrganizerGetEventsParamsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, OrganizerGetEventsParamsType>, res: MedusaResponse) {
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "event",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, organizer_id: organizerIdOf(req) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ events: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
