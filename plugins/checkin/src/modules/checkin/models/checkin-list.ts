import { model } from "@medusajs/framework/utils"
import { CheckinGate } from "./checkin-gate"

/**
 * What a set of gates admits: ticket types (empty or null means every type of the event), whether
 * an attendee who went out may come back in, and the window in which scans are accepted.
 * A ticket is admitted at most once per list while it is inside.
 */
export const CheckinList = model
  .define("checkin_list", {
    id: model.id({ prefix: "ckl" }).primaryKey(),
    event_id: model.text(),
    name: model.text(),
    ticket_type_ids: model.json().nullable(),
    allow_reentry: model.boolean().default(false),
    opens_at: model.dateTime().nullable(),
    closes_at: model.dateTime().nullable(),
    gates: model.hasMany(() => CheckinGate, { mappedBy: "list" }),
  })
  .indexes([{ on: ["event_id"] }])
