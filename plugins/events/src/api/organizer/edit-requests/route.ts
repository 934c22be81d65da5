import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EVENTS_MODULE } from "../../../modules/events"
import type EventsModuleService from "../../../modules/events/service"
import { organizerIdOf } from "../helpers"
import type { OrganizerGetEditRequestsParamsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, OrganizerGetEditRequestsParamsType>, res: MedusaResponse) {
  const { skip, take, order } = req.queryConfig.pagination
  const [editRequests, count] = await req.scope
    .resolve<EventsModuleService>(EVENTS_MODULE)
    .listAndCountEditRequests({ ...req.filterableFields, organizer_id: organizerIdOf(req) }, { select: req.queryConfig.fields, skip, take, order })
  res.json({ edit_requests: editRequests, count, offset: skip, limit: take })
}
