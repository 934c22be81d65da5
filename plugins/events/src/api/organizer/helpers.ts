import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The logged-in organizer's id (the `organizer` actor's id, set by `authenticate`). */
export const organizerIdOf = (req: AuthenticatedMedusaRequest) => req.auth_context.actor_id

/** One of the organizer's own events; another organizer's event is answered exactly like a missing one (404). */
export async function ownEvent<T = Record<string, unknown>>(scope: MedusaContainer, organizerId: string, eventId: string, fields: string[]) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "event",
    fields,
    filters: { id: eventId, organizer_id: organizerId },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${eventId} was not found`)
  return data[0] as T
}
