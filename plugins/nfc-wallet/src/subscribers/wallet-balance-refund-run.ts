import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { processWalletBalanceRefundRunWorkflow } from "../workflows/process-wallet-balance-refund-run"
import { BALANCE_REFUND_RUN_REQUESTED_EVENT, type BalanceRefundRunRequestedEvent } from "../workflows/steps/begin-balance-refund-run"

/** A balance refund run was started or handed over: work through its wallets (a run someone else holds is left alone). */
export default async function processBalanceRefundRun({ event: { data }, container }: SubscriberArgs<BalanceRefundRunRequestedEvent>) {
  await processWalletBalanceRefundRunWorkflow(container).run({ input: { run_id: data.id } })
}

export const config: SubscriberConfig = {
  event: BALANCE_REFUND_RUN_REQUESTED_EVENT,
  context: { subscriberId: "tessera-wallet-balance-refund-run" },
}
