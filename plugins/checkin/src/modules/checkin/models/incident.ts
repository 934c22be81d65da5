import { model } from "@medusajs/framework/utils"

export const INCIDENT_TYPES = ["medical", "security", "fraud", "lost_item", "other"] as const

/** Something an usher reports at the gate, about a ticket or card when there is one. */
export const Incident = model
  .define("checkin_incident", {
    id: model.id({ prefix: "inc" }).primaryKey(),
    event_id: model.text(),
    usher_id: model.text(),
    type: model.enum([...INCIDENT_TYPES]),
    note: model.text(),
    ticket_id: model.text().nullable(),
    card_id: model.text().nullable(),
    photo_url: model.text().nullable(),
  })
  .indexes([{ on: ["event_id"] }])
