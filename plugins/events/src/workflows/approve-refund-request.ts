import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  decideRefundRequestStep,
  findTicketPaymentStep,
  recordTicketRefundStep,
  refundTicketStep,
  releaseTicketSeatStep,
} from "./steps"

export type ApproveRefundRequestWorkflowInput = { id: string; approved_by: string | null }

export const approveRefundRequestWorkflowId = "approve-refund-request"

/**
 * Approves a pending refund request into a Medusa refund of the ticket's unit price:
 * 1. the request moves pending → approved in one conditional update: a second or concurrent
 *    approval stops here with a 409, so money moves at most once;
 * 2. the ticket becomes `refunded` (version + 1, credentials revoked), only if still valid;
 * 3. under a lock per order payment, the payment is captured if it is only authorised (Medusa
 *    refunds captured money only), then refunded through Medusa's refundPaymentWorkflow;
 * 4. the refund's id and amount are recorded on the request, and the seat goes back to inventory.
 * A failure before the refund undoes steps 1–2; a capture stays (the order was paid anyway).
 */
export const approveRefundRequestWorkflow = createWorkflow(approveRefundRequestWorkflowId, (input: ApproveRefundRequestWorkflowInput) => {
  const decision = transform({ input }, ({ input }) => ({ id: input.id, decision: "approved" as const, decided_by: input.approved_by }))
  const request = decideRefundRequestStep(decision)
  const ticketRef = transform({ request }, ({ request }) => ({ ticket_id: request.ticket_id }))
  const ticket = refundTicketStep(ticketRef)
  const payment = findTicketPaymentStep(ticketRef)

  const lockKey = transform({ payment }, ({ payment }) => `ticket-refund:${payment.payment_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

  // Read after the lock: another approval on the same order may have captured meanwhile.
  const { data: payments } = useQueryGraphStep({
    entity: "payment",
    fields: ["id", "captured_at"],
    filters: { id: payment.payment_id },
  }).config({ name: "get-payment-capture-state" })

  when({ payments }, ({ payments }) => !(payments[0] as { captured_at?: unknown } | undefined)?.captured_at).then(() => {
    capturePaymentWorkflow.runAsStep({ input: { payment_id: payment.payment_id, captured_by: input.approved_by ?? undefined } })
  })

  const refund = transform({ payment, request, input }, ({ payment, request, input }) => ({
    payment_id: payment.payment_id,
    amount: payment.amount,
    note: request.id,
    created_by: input.approved_by ?? undefined,
  }))
  refundPaymentWorkflow.runAsStep({ input: refund })
  releaseLockStep({ key: lockKey })

  const record = transform({ payment, request }, ({ payment, request }) => ({
    refund_request_id: request.id,
    payment_id: payment.payment_id,
    amount: payment.amount,
    currency_code: payment.currency_code,
  }))
  const recorded = recordTicketRefundStep(record)
  const seat = transform({ payment }, ({ payment }) => ({ line_item_id: payment.line_item_id }))
  releaseTicketSeatStep(seat)

  const ticketRefunded = createHook("ticketRefunded", { refund_request: recorded, ticket })
  return new WorkflowResponse(recorded, { hooks: [ticketRefunded] })
})
