import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../../../workflows/utils/field-error"
import { checkinOf, jsonIds, requireEvent } from "../../../../helpers"
import type { AdminCreateAssignmentType } from "../../../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const assignments = await checkinOf(req.scope).listUsherAssignments({ event_id: req.params.id }, { relations: ["usher"] })
  res.json({ assignments, count: assignments.length })
}

/** Lets an usher scan at this event (at the given gates, or all), as usher or lead; one assignment per usher and event. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAssignmentType>, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const checkin = checkinOf(req.scope)
  const { usher_id, role, gate_ids } = req.validatedBody
  const [usher] = await checkin.listUshers({ id: usher_id }, { select: ["id"] })
  if (!usher) throw fieldError(MedusaError.Types.NOT_FOUND, "usher_id", `Usher ${usher_id} was not found`)
  if (gate_ids.length) {
    const gates = await checkin.listCheckinGates({ id: gate_ids, event_id: req.params.id }, { select: ["id"] })
    const missing = gate_ids.find((id) => !gates.some((gate) => gate.id === id))
    if (missing) throw fieldError(MedusaError.Types.INVALID_DATA, "gate_ids", `Gate ${missing} is not one of this event's`)
  }
  const [existing] = await checkin.listUsherAssignments({ usher_id, event_id: req.params.id }, { select: ["id"] })
  const assignment = existing
    ? await checkin.updateUsherAssignments({ id: existing.id, role, gate_ids: jsonIds(gate_ids) })
    : await checkin.createUsherAssignments({ usher_id, event_id: req.params.id, role, gate_ids: jsonIds(gate_ids) })
  res.json({ assignment })
}
