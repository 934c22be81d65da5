import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkinOf } from "../helpers"
import type { AdminUpsertAttendeeProfileType } from "../validators"

/** Creates or replaces the profile the gate shows for a customer (photo, emergency contact, blood type). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpsertAttendeeProfileType>, res: MedusaResponse) {
  const checkin = checkinOf(req.scope)
  const { customer_id, ...fields } = req.validatedBody
  const [existing] = await checkin.listAttendeeProfiles({ customer_id }, { select: ["id"] })
  const profile = existing
    ? await checkin.updateAttendeeProfiles({ id: existing.id, ...fields })
    : await checkin.createAttendeeProfiles({ customer_id, ...fields })
  res.json({ attendee_profile: profile })
}
