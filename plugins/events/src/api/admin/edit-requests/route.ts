import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EVENTS_MODULE } from "../../../modules/events"
import type EventsModuleService from "../../../modules/events/service"
import type { AdminGetEditRequestsParamsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetEditRequestsParamsType>, res: MedusaResponse) {
  const { skip, take, order } = req.queryConfig.pagination
  const [editRequests, count] = await req.scope
    .resolve<EventsModuleService>(EVENTS_MODULE)
    .listAndCountEditRequests(req.filterableFields, { select: req.queryConfig.fields, skip, take, order })
  res.json({ edit_requests: editRequests, count, offset: skip, limit: take })
}
