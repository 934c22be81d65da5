import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { PostedTransaction } from "../../modules/wallet/service"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

/** Emitted when a debit took a wallet under its auto-reload threshold; the plugin's subscriber reloads it. */
export const AUTO_RELOAD_REQUESTED_EVENT = "wallet.auto_reload.requested"
export type AutoReloadRequestedEvent = { wallet_id: string; trigger_transaction_id: string }

/** A posted debit, with its wallet's threshold when the caller already read it (undefined: read it here). */
export type DebitToWatch = { debit: PostedTransaction; threshold?: number | null }

/** The wallet leg of a debit this run made (a replay moved nothing, so it asks for nothing). */
const walletDebit = (debit: PostedTransaction) =>
  debit.wallet_id && !debit.replayed ? debit.postings.find((p) => p.account_kind === "wallet" && p.amount < 0) : undefined

/** Whether a debit took its wallet from at or above the threshold to below it. */
export function crossesReloadThreshold(debit: PostedTransaction, threshold: number | null): boolean {
  const leg = walletDebit(debit)
  if (!leg || threshold === null) return false
  return leg.balance_after < threshold && leg.balance_after - leg.amount >= threshold
}

export const requestWalletAutoReloadStepId = "request-wallet-auto-reload-step"

/**
 * After debits: each one that took its wallet from at or above the threshold to below it asks for a
 * reload (an event, so the stand's answer never waits for a payment provider). Balances move one
 * debit at a time, so among concurrent debits exactly one crosses.
 */
export const requestWalletAutoReloadStep = createStep(
  requestWalletAutoReloadStepId,
  async (debits: DebitToWatch[], { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const requested: AutoReloadRequestedEvent[] = []
    for (const { debit, threshold: known } of debits) {
      if (!walletDebit(debit) || known === null) continue
      const threshold = known ?? (await thresholdOf(wallet, debit.wallet_id!))
      if (crossesReloadThreshold(debit, threshold)) requested.push({ wallet_id: debit.wallet_id!, trigger_transaction_id: debit.id })
    }
    if (requested.length) await container.resolve(Modules.EVENT_BUS).emit(requested.map((data) => ({ name: AUTO_RELOAD_REQUESTED_EVENT, data })))
    return new StepResponse(requested)
  }
)

async function thresholdOf(wallet: WalletModuleService, walletId: string) {
  const settings = await wallet.reloadSettings(walletId)
  return settings?.auto_reload_amount ? settings.auto_reload_threshold : null
}
