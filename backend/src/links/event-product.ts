import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import EventsModule from "@tessera/events/modules/events"

/** Each event sells through one Medusa product; its variants are the ticket types. */
export default defineLink(EventsModule.linkable.event, ProductModule.linkable.product)
