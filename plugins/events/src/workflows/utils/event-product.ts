import type {
  CreateProductVariantWorkflowInputDTO,
  CreateProductWorkflowInputDTO,
  InventoryTypes,
  LinkDefinition,
} from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { EVENTS_MODULE } from "../../modules/events"
import type { TicketTypeInput } from "../types"
import { slugify } from "./slug"

/** The one product option of an event's product; each ticket type is one of its values. */
export const TICKET_TYPE_OPTION = "Ticket type"

type InventoryItemInput = InventoryTypes.CreateInventoryItemInput & {
  location_levels: { location_id: string; stocked_quantity: number }[]
}

/** The variant's SKU: the event's handle and the ticket type's name ("summer-fest-2027-vip"). */
export function ticketSku(eventHandle: string, ticketTypeName: string): string {
  return `${eventHandle}-${slugify(ticketTypeName)}`
}

/**
 * One inventory item per ticket type. Tickets are never shipped, and Medusa marks a cart line as
 * needing shipping when any inventory item of its variant does; its capacity is the item's stock
 * at the event's location.
 */
export function ticketInventoryItems(
  event: { title: string },
  ticketTypes: Pick<TicketTypeInput, "name" | "capacity">[],
  stockLocationId: string
): InventoryItemInput[] {
  return ticketTypes.map((ticketType) => ({
    title: `${event.title} · ${ticketType.name}`,
    requires_shipping: false,
    location_levels: [{ location_id: stockLocationId, stocked_quantity: ticketType.capacity }],
  }))
}

/** A published, inventory-managed variant per ticket type, priced in major units and tied to its inventory item. */
export function ticketVariants(
  eventHandle: string,
  ticketTypes: Pick<TicketTypeInput, "name" | "price" | "currency_code">[],
  inventoryItemIds: string[]
): CreateProductVariantWorkflowInputDTO[] {
  return ticketTypes.map((ticketType, index) => ({
    title: ticketType.name,
    sku: ticketSku(eventHandle, ticketType.name),
    options: { [TICKET_TYPE_OPTION]: ticketType.name },
    manage_inventory: true,
    allow_backorder: false,
    prices: [{ amount: ticketType.price, currency_code: ticketType.currency_code }],
    inventory_items: [{ inventory_item_id: inventoryItemIds[index], required_quantity: 1 }],
  }))
}

/**
 * The event's storefront product. It has no shipping profile on purpose: in Medusa 2.21 a product
 * with one makes every cart line of it require shipping (`prepareLineItemData`), and a ticket
 * checkout must complete without a shipping method.
 */
export function eventProduct(
  event: { title: string; handle: string; description?: string | null; images?: string[] | null },
  ticketTypes: Pick<TicketTypeInput, "name" | "price" | "currency_code">[],
  inventoryItemIds: string[],
  salesChannelId: string
): CreateProductWorkflowInputDTO {
  const images = event.images ?? []
  return {
    title: event.title,
    handle: event.handle,
    description: event.description ?? null,
    status: ProductStatus.PUBLISHED,
    thumbnail: images[0] ?? null,
    images: images.map((url) => ({ url })),
    options: [{ title: TICKET_TYPE_OPTION, values: ticketTypes.map((ticketType) => ticketType.name) }],
    variants: ticketVariants(event.handle, ticketTypes, inventoryItemIds),
    sales_channels: [{ id: salesChannelId }],
  }
}

export const eventProductLink = (eventId: string, productId: string): LinkDefinition => ({
  [EVENTS_MODULE]: { event_id: eventId },
  [Modules.PRODUCT]: { product_id: productId },
})

export const eventStockLocationLink = (eventId: string, stockLocationId: string): LinkDefinition => ({
  [EVENTS_MODULE]: { event_id: eventId },
  [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
})

export const ticketTypeVariantLink = (ticketTypeId: string, variantId: string): LinkDefinition => ({
  [EVENTS_MODULE]: { ticket_type_id: ticketTypeId },
  [Modules.PRODUCT]: { product_variant_id: variantId },
})

/** Pairs ticket types with variants by name (option value), so the pairing never depends on return order. */
export function ticketTypeVariantLinks(
  ticketTypes: { id: string; name: string }[],
  variants: { id: string; title: string }[]
): LinkDefinition[] {
  const variantByName = new Map(variants.map((variant) => [variant.title, variant.id]))
  return ticketTypes.map((ticketType) => {
    const variantId = variantByName.get(ticketType.name)
    if (!variantId) throw new Error(`no variant was created for ticket type ${ticketType.id}`)
    return ticketTypeVariantLink(ticketType.id, variantId)
  })
}
