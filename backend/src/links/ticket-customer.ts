import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import EventsModule from "@tessera/events/modules/events"

/** Read-only: the ticket stores its holder's customer_id; the link lets query.graph reach the customer. */
export default defineLink(
  { linkable: EventsModule.linkable.ticket, field: "customer_id", isList: true },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
