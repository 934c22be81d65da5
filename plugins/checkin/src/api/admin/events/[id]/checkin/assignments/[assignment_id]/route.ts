import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../../../../workflows/utils/field-error"
import { checkinOf } from "../../../../../helpers"

/** Takes an usher off the event: their next request for it answers 403. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const checkin = checkinOf(req.scope)
  const [assignment] = await checkin.listUsherAssignments({ id: req.params.assignment_id, event_id: req.params.id }, { select: ["id"] })
  if (!assignment) throw fieldError(MedusaError.Types.NOT_FOUND, "assignment_id", `Assignment ${req.params.assignment_id} was not found`)
  await checkin.softDeleteUsherAssignments(assignment.id)
  res.json({ id: assignment.id, object: "usher_assignment", deleted: true })
}
