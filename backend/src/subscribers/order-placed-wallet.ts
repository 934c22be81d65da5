import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import type { CreditWalletTopUpsWorkflowInput } from "@tessera/nfc-wallet/workflows"

/**
 * A placed order's wallet top-ups land in the customer's wallet. Idempotent (each line's id is its
 * ledger key), so a redelivered event credits nothing twice. Run by id: the wallet plugin registered
 * the workflow when it loaded.
 */
export default async function creditWalletOnOrderPlaced({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const input: CreditWalletTopUpsWorkflowInput = { order_id: data.id }
  await container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE).run("credit-wallet-top-ups", { input, throwOnError: true })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "tessera-credit-wallet-top-ups" },
}
