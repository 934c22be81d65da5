import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { requireAccess } from "../../../gate/access"
import { loadCards } from "../../../gate/cards"
import { loadTickets } from "../../../gate/tickets"
import { CHECKIN_MODULE } from "../../../modules/checkin"
import type CheckinModuleService from "../../../modules/checkin/service"
import { fieldError } from "../../../workflows/utils/field-error"
import type { UsherCreateIncidentType } from "../validators"
import { incidentPhotoUrl } from "./incident-photo"

/**
 * An incident at the gate (medical, security, fraud…), about a ticket or card when there is one, with a photo
 * uploaded first to POST /usher/incidents/photos.
 */
export async function POST(req: AuthenticatedMedusaRequest<UsherCreateIncidentType>, res: MedusaResponse) {
  const body = req.validatedBody
  await requireAccess(req.scope, req.auth_context.actor_id, body.event_id)
  if (body.ticket_id) {
    const ticket = (await loadTickets(req.scope, [body.ticket_id])).get(body.ticket_id)
    // a ticket of another event is not the usher's to see: same answer as one that does not exist
    if (ticket?.event_id !== body.event_id) {
      throw fieldError(MedusaError.Types.NOT_FOUND, "ticket_id", `Ticket ${body.ticket_id} was not found at this event`)
    }
  }
  if (body.card_id) {
    const card = (await loadCards(req.scope, body.event_id, [body.card_id])).get(body.card_id)
    // a card bound to another event is not the usher's to see either; an unbound one (found on the ground) is
    if (!card || (card.event_id && card.event_id !== body.event_id)) {
      throw fieldError(MedusaError.Types.NOT_FOUND, "card_id", `Card ${body.card_id} was not found at this event`)
    }
  }
  const photoUrl = await incidentPhotoUrl(req.scope, body.event_id, body)
  const incident = await req.scope.resolve<CheckinModuleService>(CHECKIN_MODULE).createIncidents({
    event_id: body.event_id,
    usher_id: req.auth_context.actor_id,
    type: body.type,
    note: body.note,
    ticket_id: body.ticket_id ?? null,
    card_id: body.card_id ?? null,
    photo_url: photoUrl,
  })
  res.status(201).json({ incident })
}
