import { model } from "@medusajs/framework/utils"
import { CheckinList } from "./checkin-list"

/** A physical entrance of an event; it applies one check-in list. */
export const CheckinGate = model
  .define("checkin_gate", {
    id: model.id({ prefix: "gate" }).primaryKey(),
    event_id: model.text(),
    name: model.text(),
    list: model.belongsTo(() => CheckinList, { mappedBy: "gates" }),
  })
  .indexes([{ on: ["event_id"] }])
