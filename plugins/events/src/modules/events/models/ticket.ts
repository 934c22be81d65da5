import { model } from "@medusajs/framework/utils"
import { Dependent } from "./dependent"
import { Event } from "./event"
import { TicketType } from "./ticket-type"
import { Transfer } from "./transfer"

export const TICKET_STATUSES = ["valid", "void", "refunded"] as const

/**
 * One admission, issued for one unit of an order line. (line_item_id, unit_index) is unique, so
 * issuing again for the same order can never mint a second ticket. `version` goes into the
 * signed credential: transfer, reissue, void and refund bump it and revoke older credentials.
 */
export const Ticket = model
  .define("ticket", {
    id: model.id({ prefix: "tkt" }).primaryKey(),
    code: model.text().unique().searchable(),
    status: model.enum([...TICKET_STATUSES]).default("valid"),
    version: model.number().default(1),
    customer_id: model.text().nullable(),
    holder_name: model.text().searchable().nullable(),
    holder_email: model.text().searchable().nullable(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    unit_index: model.number().default(0),
    event: model.belongsTo(() => Event, { mappedBy: "tickets" }),
    ticket_type: model.belongsTo(() => TicketType, { mappedBy: "tickets" }),
    transfers: model.hasMany(() => Transfer, { mappedBy: "ticket" }),
    dependents: model.manyToMany(() => Dependent, { mappedBy: "tickets", pivotTable: "ticket_dependent" }),
  })
  .indexes([
    { on: ["line_item_id", "unit_index"], unique: true, where: "line_item_id IS NOT NULL" },
    { on: ["customer_id"] },
    { on: ["order_id"] },
  ])
