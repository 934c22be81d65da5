import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"

/** A ticket offered to someone by email or mobile number; it moves only when they accept. */
export const Transfer = model
  .define("ticket_transfer", {
    id: model.id({ prefix: "ttr" }).primaryKey(),
    kind: model.enum(["transfer", "gift"]).default("transfer"),
    status: model.enum(["pending", "accepted", "cancelled", "expired"]).default("pending"),
    from_customer_id: model.text(),
    to_email: model.text().nullable(),
    to_phone: model.text().nullable(),
    /** Hash of the acceptance token; the token itself only travels to the recipient. */
    token_hash: model.text().unique(),
    message: model.text().nullable(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    accepted_by_customer_id: model.text().nullable(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "transfers" }),
  })
  .indexes([{ on: ["ticket_id"], unique: true, where: "status = 'pending'" }])
