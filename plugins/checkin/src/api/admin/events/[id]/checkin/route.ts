import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkinOf, requireEvent } from "../../../helpers"
import type { AdminUpdateCheckinType } from "../../../validators"

/** The event's live check-in figures and scanning status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const checkin = checkinOf(req.scope)
  const [figures, [status]] = await Promise.all([
    checkin.figures(req.params.id),
    checkin.listScanningStates({ event_id: req.params.id }, { select: ["status"] }),
  ])
  res.json({ checkin: { ...figures, status: status?.status ?? "open" } })
}

/** Opens or closes scanning at every gate of the event. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCheckinType>, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const checkin = checkinOf(req.scope)
  const [existing] = await checkin.listScanningStates({ event_id: req.params.id }, { select: ["id"] })
  if (existing) await checkin.updateScanningStates({ id: existing.id, status: req.validatedBody.status })
  else await checkin.createScanningStates({ event_id: req.params.id, status: req.validatedBody.status })
  res.json({ checkin: { ...(await checkin.figures(req.params.id)), status: req.validatedBody.status } })
}
