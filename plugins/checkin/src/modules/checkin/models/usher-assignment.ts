import { model } from "@medusajs/framework/utils"
import { Usher } from "./usher"

export const USHER_ROLES = ["usher", "lead"] as const

/**
 * An usher may scan at one event, at the listed gates (an empty list means every gate). Leads also
 * receive conflicts on the live stream. One assignment per usher and event.
 */
export const UsherAssignment = model
  .define("usher_assignment", {
    id: model.id({ prefix: "usha" }).primaryKey(),
    event_id: model.text(),
    role: model.enum([...USHER_ROLES]).default("usher"),
    gate_ids: model.json().nullable(),
    usher: model.belongsTo(() => Usher, { mappedBy: "assignments" }),
  })
  .indexes([{ on: ["usher_id", "event_id"], unique: true }, { on: ["event_id"] }])
