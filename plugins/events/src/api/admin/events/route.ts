import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createEventWorkflow } from "../../../workflows"
import { eventFilters, presentEvent, refetchEvent } from "./helpers"
import type { AdminCreateEventType, AdminGetEventsParamsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetEventsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "event",
    fields: req.queryConfig.fields,
    filters: eventFilters(req.filterableFields),
    pagination: req.queryConfig.pagination,
  })
  res.json({ events: data.map(presentEvent), count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateEventType>, res: MedusaResponse) {
  const { result } = await createEventWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ event: await refetchEvent(result.event.id, req.scope, req.queryConfig.fields) })
}
