import { model } from "@medusajs/framework/utils"
import { UsherAssignment } from "./usher-assignment"

/** A person scanning at the gate. Logs in as the `usher` auth actor (emailpass, app_metadata.usher_id). */
export const Usher = model.define("usher", {
  id: model.id({ prefix: "ush" }).primaryKey(),
  name: model.text().searchable(),
  email: model.text().unique().searchable(),
  phone: model.text().nullable(),
  assignments: model.hasMany(() => UsherAssignment, { mappedBy: "usher" }),
})
