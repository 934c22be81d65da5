import {
  WorkflowResponse,
  createHook,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { issueTicketUnitsStep } from "./steps"
import { type OrderForTickets, type VariantTicketType, orderVariantIds, ticketUnitsOf } from "./utils/ticket-units"

export type IssueOrderTicketsWorkflowInput = { order_id: string }

export const issueOrderTicketsWorkflowId = "issue-order-tickets"

const ORDER_FIELDS = [
  "id",
  "status",
  "email",
  "customer_id",
  "customer.first_name",
  "customer.last_name",
  "billing_address.first_name",
  "billing_address.last_name",
  "items.id",
  "items.variant_id",
  // A line's current quantity lives on its order item ("detail"); through query.graph in 2.21,
  // "items.quantity" alone selects nothing.
  "items.detail.quantity",
]

/**
 * Turns an order's ticket lines into tickets: one per unit, for lines whose variant is linked to a
 * ticket type. Idempotent: the events module issues each (line item, unit) at most once, so a
 * re-run (a redelivered `order.placed`, a manual retry) returns the same tickets and creates none.
 * The per-order lock only keeps the issuing step's "which tickets are new" bookkeeping exact.
 */
export const issueOrderTicketsWorkflow = createWorkflow(
  issueOrderTicketsWorkflowId,
  (input: IssueOrderTicketsWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `issue-order-tickets:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-order" })

    const variantIds = transform({ orders }, ({ orders }) => orderVariantIds(orders[0] as OrderForTickets | undefined))

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "ticket_type.id", "ticket_type.event_id"],
      filters: { id: variantIds },
    }).config({ name: "get-ticket-variants" })

    const units = transform({ orders, variants }, ({ orders, variants }) =>
      ticketUnitsOf(orders[0] as OrderForTickets | undefined, variants as VariantTicketType[])
    )

    const tickets = issueTicketUnitsStep({ units })

    const ticketsIssued = createHook("ticketsIssued", { order_id: input.order_id, tickets })

    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(tickets, { hooks: [ticketsIssued] })
  }
)
