import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { autoReloadWalletWorkflow } from "../workflows/auto-reload-wallet"
import { AUTO_RELOAD_REQUESTED_EVENT, type AutoReloadRequestedEvent } from "../workflows/steps/request-wallet-auto-reload"

/** A debit took a wallet under its threshold: reload it (at most once per debit, one attempt per wallet at a time). */
export default async function reloadWallet({ event: { data }, container }: SubscriberArgs<AutoReloadRequestedEvent>) {
  await autoReloadWalletWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = { event: AUTO_RELOAD_REQUESTED_EVENT, context: { subscriberId: "tessera-wallet-auto-reload" } }
