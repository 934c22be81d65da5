import { model } from "@medusajs/framework/utils"
import { Event } from "./event"

/** Who runs events; also a Medusa auth actor (`organizer`), linked through its auth identity's app_metadata. */
export const Organizer = model.define("organizer", {
  id: model.id({ prefix: "org" }).primaryKey(),
  name: model.text(),
  email: model.text().unique(),
  phone: model.text().nullable(),
  /** Platform fee in basis points of gross (500 = 5 %), applied to payouts. */
  fee_bps: model.number().default(0),
  events: model.hasMany(() => Event, { mappedBy: "organizer" }),
  metadata: model.json().nullable(),
})
