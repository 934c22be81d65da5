import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { voidRefundedOrderTicketsWorkflow } from "../workflows/void-refunded-order-tickets"

/** An order refunded in full has its tickets voided and their credentials revoked. */
export default async function voidTicketsOnFullRefund({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await voidRefundedOrderTicketsWorkflow(container).run({ input: { payment_id: data.id } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "tessera-void-refunded-order-tickets" },
}
