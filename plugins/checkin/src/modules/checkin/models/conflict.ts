import { model } from "@medusajs/framework/utils"

export const CONFLICT_STATUSES = ["open", "resolved"] as const

/**
 * An offline admission of a ticket that was already inside: both scans, devices and ushers, kept
 * until someone resolves it with a note. One conflict per offending scan.
 */
export const Conflict = model
  .define("checkin_conflict", {
    id: model.id({ prefix: "ckc" }).primaryKey(),
    event_id: model.text(),
    list_id: model.text(),
    ticket_id: model.text(),
    scan_id: model.text().unique(),
    other_scan_id: model.text().nullable(),
    device_id: model.text().nullable(),
    other_device_id: model.text().nullable(),
    usher_id: model.text(),
    other_usher_id: model.text().nullable(),
    status: model.enum([...CONFLICT_STATUSES]).default("open"),
    resolution_note: model.text().nullable(),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["event_id", "status"] }])
