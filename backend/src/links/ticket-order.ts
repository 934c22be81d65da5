import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import EventsModule from "@tessera/events/modules/events"

/** Read-only: the ticket stores its order_id; the link lets query.graph reach the order. */
export default defineLink(
  { linkable: EventsModule.linkable.ticket, field: "order_id", isList: true },
  OrderModule.linkable.order,
  { readOnly: true }
)
