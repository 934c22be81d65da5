import type { InventoryTypes, LinkDefinition, ProductTypes } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryItemsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createEventStep, createTicketTypesStep, validateCreateEventStep } from "./steps"
import type { CreateEventStepInput, CreateTicketTypesStepInput, ValidateCreateEventStepInput } from "./steps"
import type { DateInput, TicketTypeInput } from "./types"
import {
  eventProduct,
  eventProductLink,
  eventStockLocationLink,
  ticketInventoryItems,
  ticketTypeVariantLinks,
} from "./utils/event-product"
import { slugify } from "./utils/slug"

export type CreateEventWorkflowInput = {
  title: string
  /** Defaults to the title, slugified. Also the product's handle. */
  handle?: string
  description?: string | null
  category: string
  /** Image URLs; the first is the product's thumbnail. */
  images?: string[] | null
  starts_at: DateInput
  ends_at: DateInput
  doors_open_at?: DateInput | null
  /** IANA name of the event's local time zone. */
  timezone: string
  venue_id: string
  organizer_id: string
  is_featured?: boolean
  /** Where capacity is counted: every ticket type's inventory level lives at this location. */
  stock_location_id: string
  /** Defaults to the store's default sales channel. */
  sales_channel_id?: string
  ticket_types: TicketTypeInput[]
  additional_data?: Record<string, unknown>
}

type StoreDefaults = {
  default_sales_channel_id?: string | null
  supported_currencies?: ({ currency_code: string } | null)[] | null
}

/** Fills in the handle and the sales channel, and lower-cases currencies, without judging anything yet. */
function prepareEventInput({ input, stores }: { input: CreateEventWorkflowInput; stores: StoreDefaults[] }): ValidateCreateEventStepInput {
  const [store] = stores
  return {
    title: input.title,
    handle: input.handle ?? slugify(input.title ?? ""),
    handle_from_title: input.handle === undefined,
    starts_at: input.starts_at,
    ends_at: input.ends_at,
    doors_open_at: input.doors_open_at ?? null,
    timezone: input.timezone,
    venue_id: input.venue_id,
    organizer_id: input.organizer_id,
    stock_location_id: input.stock_location_id,
    sales_channel_id: input.sales_channel_id ?? store?.default_sales_channel_id ?? null,
    currencies: (store?.supported_currencies ?? []).flatMap((currency) => (currency ? [currency.currency_code.toLowerCase()] : [])),
    ticket_types: (input.ticket_types ?? []).map((ticketType) => ({
      ...ticketType,
      currency_code: ticketType.currency_code?.toLowerCase(),
    })),
  }
}

function eventRow({ input, prepared }: { input: CreateEventWorkflowInput; prepared: ValidateCreateEventStepInput }): CreateEventStepInput {
  return {
    title: input.title,
    handle: prepared.handle,
    description: input.description ?? null,
    category: input.category,
    images: input.images ?? null,
    starts_at: input.starts_at,
    ends_at: input.ends_at,
    doors_open_at: input.doors_open_at ?? null,
    timezone: input.timezone,
    is_featured: input.is_featured ?? false,
    venue_id: input.venue_id,
    organizer_id: input.organizer_id,
  }
}

function ticketTypeRows({ event, prepared }: { event: { id: string }; prepared: ValidateCreateEventStepInput }): CreateTicketTypesStepInput {
  return prepared.ticket_types.map((ticketType, rank) => ({
    event_id: event.id,
    name: ticketType.name,
    tier: ticketType.tier,
    description: ticketType.description ?? null,
    sales_starts_at: ticketType.sales_starts_at ?? null,
    sales_ends_at: ticketType.sales_ends_at ?? null,
    admits: ticketType.admits ?? null,
    allows_dependents: ticketType.allows_dependents ?? false,
    max_dependents: ticketType.max_dependents ?? 0,
    rank,
  }))
}

function eventLinks({
  event,
  ticketTypes,
  products,
  stockLocationId,
}: {
  event: { id: string }
  ticketTypes: { id: string; name: string }[]
  products: ProductTypes.ProductDTO[]
  stockLocationId: string
}): LinkDefinition[] {
  const [product] = products
  return [
    eventProductLink(event.id, product.id),
    eventStockLocationLink(event.id, stockLocationId),
    ...ticketTypeVariantLinks(ticketTypes, product.variants ?? []),
  ]
}

export const createEventWorkflowId = "create-event"

/**
 * Creates an event and puts it on sale: the event and its ticket type rows, one inventory item per
 * ticket type (no shipping, stocked with its capacity at the event's location), one published
 * product in the sales channel with a priced variant per ticket type, and the links between them.
 * Everything is validated first; a later failure undoes every step.
 */
export const createEventWorkflow = createWorkflow(createEventWorkflowId, (input: CreateEventWorkflowInput) => {
  const { data: stores } = useQueryGraphStep({
    entity: "store",
    fields: ["id", "default_sales_channel_id", "supported_currencies.currency_code"],
  })
  const prepared = transform({ input, stores }, prepareEventInput)
  validateCreateEventStep(prepared)

  const event = createEventStep(transform({ input, prepared }, eventRow))
  const ticketTypes = createTicketTypesStep(transform({ event, prepared }, ticketTypeRows))

  const inventoryItems = createInventoryItemsWorkflow.runAsStep({
    input: {
      items: transform({ input, prepared }, ({ input, prepared }) =>
        ticketInventoryItems(input, prepared.ticket_types, prepared.stock_location_id)
      ),
    },
  })

  const products = createProductsWorkflow.runAsStep({
    input: {
      products: transform({ inventoryItems, event, input, prepared }, (data) => [
        eventProduct(
          { ...data.event, images: data.input.images },
          data.prepared.ticket_types,
          data.inventoryItems.map((item: InventoryTypes.InventoryItemDTO) => item.id),
          // validated: a sales channel was given or the store has a default
          data.prepared.sales_channel_id as string
        ),
      ]),
    },
  })

  createRemoteLinkStep(
    transform({ event, ticketTypes, products, prepared }, (data) =>
      eventLinks({ ...data, stockLocationId: data.prepared.stock_location_id })
    )
  )

  const result = transform({ event, ticketTypes, products }, (data) => ({
    event: data.event,
    ticket_types: data.ticketTypes,
    product_id: data.products[0].id,
  }))

  const eventCreated = createHook("eventCreated", {
    event_id: result.event.id,
    product_id: result.product_id,
    additional_data: input.additional_data,
  })

  return new WorkflowResponse(result, { hooks: [eventCreated] })
})
