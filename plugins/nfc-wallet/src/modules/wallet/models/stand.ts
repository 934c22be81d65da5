import { model } from "@medusajs/framework/utils"
import { Merchant } from "./merchant"

/** Where a merchant charges: one merchant at one event (or at every event when `event_id` is empty). */
export const Stand = model.define("stand", {
  id: model.id({ prefix: "stand" }).primaryKey(),
  name: model.text(),
  event_id: model.text().nullable(),
  currency_code: model.text().default("eur"),
  merchant: model.belongsTo(() => Merchant, { mappedBy: "stands" }),
})
