import type { InventoryTypes } from "@medusajs/framework/types"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryItemsWorkflow,
  createProductVariantsWorkflow,
  createRemoteLinkStep,
  setProductProductOptionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createTicketTypesStep, validateAddTicketTypeStep } from "./steps"
import type { ValidateAddTicketTypeStepInput } from "./steps"
import type { DateInput, TicketTypeInput } from "./types"
import { TICKET_TYPE_OPTION, ticketInventoryItems, ticketTypeVariantLink, ticketVariants } from "./utils/event-product"

export type AddTicketTypeWorkflowInput = {
  event_id: string
  ticket_type: TicketTypeInput
  additional_data?: Record<string, unknown>
}

/** The event once validation passed: it exists, sells through a product with the option, from a stock location. */
type SellingEvent = {
  id: string
  title: string
  handle: string
  status: "draft" | "published"
  ends_at: DateInput
  product: { id: string; options: { id: string; title: string }[] }
  stock_location: { id: string }
  ticket_types: { name: string; rank: number }[]
}

type StoreCurrencies = { supported_currencies?: ({ currency_code: string } | null)[] | null }

function prepareTicketType({
  input,
  events,
  stores,
}: {
  input: AddTicketTypeWorkflowInput
  events: NonNullable<ValidateAddTicketTypeStepInput["event"]>[]
  stores: StoreCurrencies[]
}): ValidateAddTicketTypeStepInput {
  return {
    event_id: input.event_id,
    event: events[0] ?? null,
    ticket_type: { ...input.ticket_type, currency_code: input.ticket_type.currency_code?.toLowerCase() },
    currencies: (stores[0]?.supported_currencies ?? []).flatMap((currency) => (currency ? [currency.currency_code.toLowerCase()] : [])),
  }
}

export const addTicketTypeWorkflowId = "add-ticket-type"

/**
 * Adds a ticket type to an event that is still selling: its row, an inventory item stocked with its
 * capacity at the event's location, a new value of the product's "Ticket type" option, a priced
 * variant, and the ticket type ↔ variant link. Validated first; a later failure undoes every step.
 */
export const addTicketTypeWorkflow = createWorkflow(addTicketTypeWorkflowId, (input: AddTicketTypeWorkflowInput) => {
  const { data: events } = useQueryGraphStep({
    entity: "event",
    fields: [
      "id",
      "title",
      "handle",
      "status",
      "ends_at",
      "ticket_types.name",
      "ticket_types.rank",
      "product.id",
      "product.options.id",
      "product.options.title",
      "stock_location.id",
    ],
    filters: { id: input.event_id },
  })
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["id", "supported_currencies.currency_code"] }).config({
    name: "get-store-currencies",
  })
  const prepared = transform({ input, events, stores }, prepareTicketType)
  validateAddTicketTypeStep(prepared)

  // validated above: the event exists and has a product with the option and a stock location
  const event = transform({ prepared }, ({ prepared }) => prepared.event as SellingEvent)

  const ticketTypes = createTicketTypesStep(
    transform({ event, prepared }, ({ event, prepared }) => [
      {
        event_id: event.id,
        name: prepared.ticket_type.name,
        tier: prepared.ticket_type.tier,
        description: prepared.ticket_type.description ?? null,
        sales_starts_at: prepared.ticket_type.sales_starts_at ?? null,
        sales_ends_at: prepared.ticket_type.sales_ends_at ?? null,
        admits: prepared.ticket_type.admits ?? null,
        allows_dependents: prepared.ticket_type.allows_dependents ?? false,
        max_dependents: prepared.ticket_type.max_dependents ?? 0,
        rank: Math.max(-1, ...event.ticket_types.map((existing) => existing.rank)) + 1,
      },
    ])
  )

  const inventoryItems = createInventoryItemsWorkflow.runAsStep({
    input: {
      items: transform({ event, prepared }, ({ event, prepared }) =>
        ticketInventoryItems(event, [prepared.ticket_type], event.stock_location.id)
      ),
    },
  })

  setProductProductOptionsWorkflow.runAsStep({
    input: transform({ event, prepared }, ({ event, prepared }) => ({
      product_id: event.product.id,
      update: [
        {
          product_option_id: event.product.options.find((option) => option.title === TICKET_TYPE_OPTION)?.id as string,
          add: [{ value: prepared.ticket_type.name }],
        },
      ],
    })),
  })

  const variants = createProductVariantsWorkflow.runAsStep({
    input: {
      product_variants: transform({ event, prepared, inventoryItems }, ({ event, prepared, inventoryItems }) =>
        ticketVariants(
          event.handle,
          [prepared.ticket_type],
          inventoryItems.map((item: InventoryTypes.InventoryItemDTO) => item.id)
        ).map((variant) => ({ ...variant, product_id: event.product.id }))
      ),
    },
  })

  createRemoteLinkStep(
    transform({ ticketTypes, variants }, ({ ticketTypes, variants }) => [ticketTypeVariantLink(ticketTypes[0].id, variants[0].id)])
  )

  const ticketType = transform({ ticketTypes }, ({ ticketTypes }) => ticketTypes[0])
  const ticketTypeAdded = createHook("ticketTypeAdded", {
    event_id: input.event_id,
    ticket_type_id: ticketType.id,
    additional_data: input.additional_data,
  })

  return new WorkflowResponse(ticketType, { hooks: [ticketTypeAdded] })
})
