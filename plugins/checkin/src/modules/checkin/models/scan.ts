import { model } from "@medusajs/framework/utils"

export const SCAN_DIRECTIONS = ["in", "out"] as const
export const SCAN_OUTCOMES = ["admitted", "exited", "rejected"] as const

/**
 * Every scan, as received. The id is the client's: a scan sent twice is stored once, and its
 * `answer` is what every later copy gets back. `seq` orders scans for the live stream's resume.
 */
export const Scan = model
  .define("checkin_scan", {
    id: model.text().primaryKey(),
    seq: model.autoincrement(),
    event_id: model.text(),
    list_id: model.text().nullable(),
    gate_id: model.text().nullable(),
    usher_id: model.text(),
    device_id: model.text().nullable(),
    direction: model.enum([...SCAN_DIRECTIONS]),
    outcome: model.enum([...SCAN_OUTCOMES]).nullable(),
    reason: model.text().nullable(),
    ticket_id: model.text().nullable(),
    ticket_code: model.text().nullable(),
    card_id: model.text().nullable(),
    holder_name: model.text().nullable(),
    scanned_at: model.dateTime(),
    received_at: model.dateTime(),
    offline: model.boolean().default(false),
    conflict_id: model.text().nullable(),
    answer: model.json().nullable(),
  })
  .indexes([
    { on: ["event_id", "seq"] },
    { on: ["ticket_id"] },
    { on: ["usher_id"] },
  ])
