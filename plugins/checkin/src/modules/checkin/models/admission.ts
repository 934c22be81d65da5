import { model } from "@medusajs/framework/utils"

export const ADMISSION_STATES = ["inside", "outside"] as const

/**
 * Where a ticket stands on one check-in list. The unique (list_id, ticket_id) index and conditional
 * upserts on `state` make "admitted at most once while inside" hold in the database itself, across
 * requests and server instances.
 */
export const Admission = model
  .define("checkin_admission", {
    id: model.id({ prefix: "adm" }).primaryKey(),
    event_id: model.text(),
    list_id: model.text(),
    ticket_id: model.text(),
    state: model.enum([...ADMISSION_STATES]).default("inside"),
    entries: model.number().default(0),
    first_in_at: model.dateTime().nullable(),
    last_in_at: model.dateTime().nullable(),
    last_out_at: model.dateTime().nullable(),
    last_in_scan_id: model.text().nullable(),
    last_gate_id: model.text().nullable(),
  })
  .indexes([{ on: ["list_id", "ticket_id"], unique: true }, { on: ["event_id", "state"] }, { on: ["event_id", "updated_at"] }])
