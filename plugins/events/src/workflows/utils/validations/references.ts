import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ticketSku } from "../event-product"
import type { FieldIssue } from "./field-error"

/**
 * Checks against other modules' data. Reads only; each returns the issues it finds so a
 * validation step can report the first one before anything is written.
 */

/** The product handle is free (the event's product takes the event's handle). */
export async function productHandleIssues(container: MedusaContainer, handle: string): Promise<FieldIssue[]> {
  const products = await container.resolve(Modules.PRODUCT).listProducts({ handle }, { select: ["id"] })
  return products.length ? [{ field: "handle", message: `handle "${handle}" is already used by a product` }] : []
}

/** No variant already has the SKU a new ticket type would get. */
export async function ticketSkuIssues(
  container: MedusaContainer,
  eventHandle: string,
  ticketTypes: { name: string }[],
  field: (index: number) => string
): Promise<FieldIssue[]> {
  const skus = ticketTypes.map((ticketType) => ticketSku(eventHandle, ticketType.name))
  const taken = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: skus }, { select: ["sku"] })
  const takenSkus = new Set(taken.map((variant) => variant.sku))
  return skus.flatMap((sku, index) =>
    takenSkus.has(sku) ? [{ field: field(index), message: `SKU "${sku}" for this ticket type is already used by another product variant` }] : []
  )
}

/** The stock location exists and the sales channel can sell from it (else carts could not reserve tickets). */
export async function salesLocationIssues(
  container: MedusaContainer,
  stockLocationId: string,
  salesChannelId: string | null | undefined
): Promise<FieldIssue[]> {
  if (!salesChannelId) {
    return [{ field: "sales_channel_id", message: "sales_channel_id is required: the store has no default sales channel" }]
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: locations }, { data: channels }] = await Promise.all([
    query.graph({ entity: "stock_location", fields: ["id"], filters: { id: stockLocationId } }),
    query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: salesChannelId } }),
  ])
  if (!locations.length) return [{ field: "stock_location_id", message: `stock location ${stockLocationId} does not exist` }]
  const [channel] = channels as { id: string; stock_locations?: ({ id: string } | null)[] | null }[]
  if (!channel) return [{ field: "sales_channel_id", message: `sales channel ${salesChannelId} does not exist` }]
  if (!channel.stock_locations?.some((location) => location?.id === stockLocationId)) {
    return [
      {
        field: "stock_location_id",
        message: `stock location ${stockLocationId} is not linked to sales channel ${salesChannelId}, so its carts could not reserve tickets`,
      },
    ]
  }
  return []
}
