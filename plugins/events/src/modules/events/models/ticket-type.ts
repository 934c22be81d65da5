import { model } from "@medusajs/framework/utils"
import { Event } from "./event"
import { Ticket } from "./ticket"

/**
 * A kind of ticket. It is sold as a Medusa product variant (linked), so its price, capacity
 * (inventory) and promotions are Medusa's; this row holds only what Medusa has no word for.
 */
export const TicketType = model.define("ticket_type", {
  id: model.id({ prefix: "ttyp" }).primaryKey(),
  name: model.text(),
  tier: model.text(),
  description: model.text().nullable(),
  sales_starts_at: model.dateTime().nullable(),
  sales_ends_at: model.dateTime().nullable(),
  /** Zones (or gates) this ticket admits to; empty means the whole venue. */
  admits: model.json().nullable(),
  allows_dependents: model.boolean().default(false),
  max_dependents: model.number().default(0),
  rank: model.number().default(0),
  event: model.belongsTo(() => Event, { mappedBy: "ticket_types" }),
  tickets: model.hasMany(() => Ticket, { mappedBy: "ticket_type" }),
})
