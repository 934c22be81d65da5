import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { EVENTS_MODULE } from "../../../modules/events"
import type EventsModuleService from "../../../modules/events/service"

/** One edit request, optionally only if it is the given organizer's; 404 otherwise. */
export async function refetchEditRequest(id: string, scope: MedusaContainer, fields: string[], organizerId?: string) {
  const [request] = await scope
    .resolve<EventsModuleService>(EVENTS_MODULE)
    .listEditRequests({ id, ...(organizerId ? { organizer_id: organizerId } : {}) }, { select: fields })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Edit request with id: ${id} was not found`)
  return request
}
