import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { issueOrderTicketsWorkflow } from "../workflows/issue-order-tickets"

/** A placed order's ticket lines become tickets (idempotent, so a redelivered event issues nothing new). */
export default async function issueTicketsOnOrderPlaced({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await issueOrderTicketsWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "tessera-issue-order-tickets" },
}
