import { model } from "@medusajs/framework/utils"
import { Organizer } from "./organizer"
import { Ticket } from "./ticket"
import { TicketType } from "./ticket-type"
import { Venue } from "./venue"

export const EVENT_STATUSES = ["draft", "published", "ended", "cancelled"] as const

/** An event on sale. Its id prefix is the credential codec's (`evt`), so tickets can name it compactly. */
export const Event = model
  .define("event", {
    id: model.id({ prefix: "evt" }).primaryKey(),
    title: model.text().searchable(),
    handle: model.text().unique(),
    description: model.text().searchable().nullable(),
    category: model.text(),
    images: model.json().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    doors_open_at: model.dateTime().nullable(),
    timezone: model.text(),
    status: model.enum([...EVENT_STATUSES]).default("draft"),
    is_featured: model.boolean().default(false),
    venue: model.belongsTo(() => Venue, { mappedBy: "events" }),
    organizer: model.belongsTo(() => Organizer, { mappedBy: "events" }),
    ticket_types: model.hasMany(() => TicketType, { mappedBy: "event" }),
    tickets: model.hasMany(() => Ticket, { mappedBy: "event" }),
  })
  .indexes([{ on: ["status", "starts_at"] }, { on: ["category"] }])
