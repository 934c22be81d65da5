import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type EventsModule from "@tessera/events/modules/events"
import { CHECKIN_MODULE } from "../../modules/checkin"
import type CheckinModuleService from "../../modules/checkin/service"
import { fieldError } from "../../workflows/utils/field-error"

type EventsService = InstanceType<(typeof EventsModule)["service"]>

export const checkinOf = (scope: MedusaContainer) => scope.resolve<CheckinModuleService>(CHECKIN_MODULE)

/** The event of an /admin/events/:id/checkin route, or a 404 naming `id`. */
export async function requireEvent(scope: MedusaContainer, eventId: string) {
  const [event] = await scope.resolve<EventsService>("events").listEvents({ id: eventId }, { select: ["id", "title"] })
  if (!event) throw fieldError(MedusaError.Types.NOT_FOUND, "id", `Event ${eventId} was not found`)
  return event
}

/** Ticket types of the event that are not among `ids`: a list may only name the event's own. */
export async function foreignTicketTypes(scope: MedusaContainer, eventId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return []
  const found = await scope.resolve<EventsService>("events").listTicketTypes({ id: ids, event_id: eventId }, { select: ["id"] })
  return ids.filter((id) => !found.some((type) => type.id === id))
}

/** DML types a json column as an object; ours hold id lists. */
export const jsonIds = (ids: string[]) => ids as unknown as Record<string, unknown>
