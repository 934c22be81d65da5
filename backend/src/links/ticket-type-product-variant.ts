import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import EventsModule from "@tessera/events/modules/events"

/** A ticket type is a product variant: Medusa prices it, counts its capacity (inventory) and discounts it. */
export default defineLink(EventsModule.linkable.ticketType, ProductModule.linkable.productVariant)
