import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EVENTS_MODULE } from "../../../../../modules/events"
import type EventsModuleService from "../../../../../modules/events/service"
import { organizerIdOf, ownEvent } from "../../../helpers"
import type { OrganizerGetTicketsParamsType } from "../../../validators"

/** The tickets of one own event, newest first; `q` searches the holder's name and email and the code. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, OrganizerGetTicketsParamsType>, res: MedusaResponse) {
  await ownEvent(req.scope, organizerIdOf(req), req.params.id, ["id"])
  const { skip, take, order } = req.queryConfig.pagination
  const [tickets, count] = await req.scope
    .resolve<EventsModuleService>(EVENTS_MODULE)
    .listAndCountTickets({ ...req.filterableFields, event_id: req.params.id }, { select: req.queryConfig.fields, skip, take, order })
  res.json({ tickets, count, offset: skip, limit: take })
}
