import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { voidOrderTicketsWorkflow } from "../workflows/void-order-tickets"

/** A canceled order's tickets are voided and their credentials revoked. */
export default async function voidTicketsOnOrderCanceled({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await voidOrderTicketsWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "tessera-void-order-tickets" },
}
