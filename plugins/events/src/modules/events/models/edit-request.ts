import { model } from "@medusajs/framework/utils"

/** An organizer's proposed change to an event; an admin approves (and it applies) or rejects it. */
export const EditRequest = model.define("event_edit_request", {
  id: model.id({ prefix: "edreq" }).primaryKey(),
  event_id: model.text(),
  organizer_id: model.text(),
  changes: model.json(),
  reason: model.text().nullable(),
  status: model.enum(["pending", "approved", "rejected"]).default("pending"),
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  decision_note: model.text().nullable(),
})
