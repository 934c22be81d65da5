import { model } from "@medusajs/framework/utils"

/** The last invoice sequence handed out per year; updated in the payout's transaction. */
export const PayoutCounter = model.define("payout_counter", {
  id: model.id({ prefix: "payc" }).primaryKey(),
  year: model.number().unique(),
  last_sequence: model.number().default(0),
})
