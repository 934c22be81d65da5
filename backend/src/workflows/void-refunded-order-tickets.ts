import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { fullyRefundedOrderId, type RefundedPayment } from "./utils/refunded-order"
import { voidOrderTicketsWorkflow } from "./void-order-tickets"

export type VoidRefundedOrderTicketsWorkflowInput = { payment_id: string }

export const voidRefundedOrderTicketsWorkflowId = "void-refunded-order-tickets"

/**
 * An order refunded in full (from Medusa's admin, or the last ticket's refund request) voids its remaining
 * valid tickets, like a cancel. A partial refund names no ticket, so it voids nothing: a ticket's own refund
 * goes through a refund request, which marks that ticket refunded itself.
 */
export const voidRefundedOrderTicketsWorkflow = createWorkflow(
  voidRefundedOrderTicketsWorkflowId,
  (input: VoidRefundedOrderTicketsWorkflowInput) => {
    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: [
        "id",
        "payment_collection.order.id",
        "payment_collection.order.payment_collections.payments.amount",
        "payment_collection.order.payment_collections.payments.canceled_at",
        "payment_collection.order.payment_collections.payments.refunds.amount",
      ],
      filters: { id: input.payment_id },
    }).config({ name: "get-refunded-payment" })

    const orderId = transform({ payments }, ({ payments }) => fullyRefundedOrderId(payments[0] as RefundedPayment | undefined))

    when({ orderId }, ({ orderId }) => !!orderId).then(() => {
      // the guard above makes orderId a string here; the composer still types it as possibly undefined
      voidOrderTicketsWorkflow.runAsStep({ input: { order_id: orderId as unknown as string } })
    })

    return new WorkflowResponse(orderId)
  }
)
