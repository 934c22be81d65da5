import { model } from "@medusajs/framework/utils"

export const SCANNING_STATUSES = ["open", "closed"] as const

/** Whether an event's gates accept scans at all. No row means open; lists still apply their windows. */
export const ScanningState = model.define("checkin_scanning_status", {
  id: model.id({ prefix: "cks" }).primaryKey(),
  event_id: model.text().unique(),
  status: model.enum([...SCANNING_STATUSES]).default("open"),
})
