import { model } from "@medusajs/framework/utils"
import { Stand } from "./stand"

/** Sells at stands; a Medusa auth actor (`merchant`), linked through its auth identity's app_metadata. */
export const Merchant = model.define("merchant", {
  id: model.id({ prefix: "mer" }).primaryKey(),
  name: model.text().searchable(),
  email: model.text().unique(),
  phone: model.text().nullable(),
  status: model.enum(["active", "disabled"]).default("active"),
  stands: model.hasMany(() => Stand, { mappedBy: "merchant" }),
  metadata: model.json().nullable(),
})
