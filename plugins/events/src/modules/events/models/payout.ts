import { model } from "@medusajs/framework/utils"

/** Money owed to an organizer for an event, with an invoice number PAY-YYYY-NNNN, gap-free per year. */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "pay" }).primaryKey(),
    event_id: model.text(),
    organizer_id: model.text(),
    invoice_number: model.text().unique(),
    year: model.number(),
    sequence: model.number(),
    currency_code: model.text(),
    gross: model.bigNumber(),
    fees: model.bigNumber(),
    net: model.bigNumber(),
    status: model.enum(["pending", "paid"]).default("pending"),
    paid_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["year", "sequence"], unique: true }, { on: ["organizer_id"] }])
