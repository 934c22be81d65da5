import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../../../workflows/utils/field-error"
import { checkinOf, requireEvent } from "../../../../helpers"
import type { AdminCreateGateType } from "../../../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const gates = await checkinOf(req.scope).listCheckinGates({ event_id: req.params.id }, { order: { created_at: "ASC" } })
  res.json({ gates, count: gates.length })
}

/** A gate of the event, applying one of the event's check-in lists. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateGateType>, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const checkin = checkinOf(req.scope)
  const [list] = await checkin.listCheckinLists({ id: req.validatedBody.list_id, event_id: req.params.id }, { select: ["id"] })
  if (!list) throw fieldError(MedusaError.Types.NOT_FOUND, "list_id", `Check-in list ${req.validatedBody.list_id} was not found at this event`)
  const gate = await checkin.createCheckinGates({ event_id: req.params.id, name: req.validatedBody.name, list_id: list.id })
  res.status(201).json({ gate })
}
