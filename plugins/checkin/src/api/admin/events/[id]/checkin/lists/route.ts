import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../../../workflows/utils/field-error"
import { checkinOf, foreignTicketTypes, jsonIds, requireEvent } from "../../../../helpers"
import type { AdminCreateCheckinListType } from "../../../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const lists = await checkinOf(req.scope).listCheckinLists({ event_id: req.params.id }, { relations: ["gates"], order: { created_at: "ASC" } })
  res.json({ checkin_lists: lists, count: lists.length })
}

/** A check-in list: which ticket types it admits, re-entry, and its opening window. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCheckinListType>, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const body = req.validatedBody
  const [foreign] = await foreignTicketTypes(req.scope, req.params.id, body.ticket_type_ids)
  if (foreign) throw fieldError(MedusaError.Types.INVALID_DATA, "ticket_type_ids", `Ticket type ${foreign} is not one of this event's`)
  const list = await checkinOf(req.scope).createCheckinLists({ ...body, ticket_type_ids: jsonIds(body.ticket_type_ids), event_id: req.params.id })
  res.status(201).json({ checkin_list: list })
}
