import { model } from "@medusajs/framework/utils"

/**
 * What the gate shows about a person beyond the ticket: a photo (a Medusa file module URL), an
 * emergency contact, blood type, and whether staff should pay attention (with why). One per customer.
 */
export const AttendeeProfile = model.define("attendee_profile", {
  id: model.id({ prefix: "attp" }).primaryKey(),
  customer_id: model.text().unique(),
  photo_url: model.text().nullable(),
  emergency_contact_name: model.text().nullable(),
  emergency_contact_phone: model.text().nullable(),
  blood_type: model.text().nullable(),
  needs_attention: model.boolean().default(false),
  attention_note: model.text().nullable(),
})
