import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { type TopUpOrder, creditTopUpsStep } from "./steps"

export type CreditWalletTopUpsWorkflowInput = { order_id: string }

export const creditWalletTopUpsWorkflowId = "credit-wallet-top-ups"

/** A placed order's top-up lines land in its customer's wallet, each exactly once. */
export const creditWalletTopUpsWorkflow = createWorkflow(creditWalletTopUpsWorkflowId, (input: CreditWalletTopUpsWorkflowInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    // through query.graph in 2.21 a line's quantity is only on its order item ("detail")
    fields: ["id", "customer_id", "currency_code", "items.id", "items.product_handle", "items.unit_price", "items.metadata", "items.detail.quantity"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const order = transform({ orders }, ({ orders }) => orders[0] as TopUpOrder)
  return new WorkflowResponse(creditTopUpsStep({ order }))
})
