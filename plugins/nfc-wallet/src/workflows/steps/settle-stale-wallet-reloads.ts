import type { IPaymentModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { creditCapturedReload } from "../utils/reload-credit"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

/**
 * How long an auto-reload may stay pending before it is presumed abandoned. A live attempt answers in
 * seconds (one provider round trip per call); ten minutes is far beyond any provider timeout, so an
 * attempt this old is one whose process died, not one still waiting for its answer.
 */
export const STALE_RELOAD_AFTER_MS = 10 * 60_000

/** Attempts settled per sweep: a backlog drains over several runs instead of one long one. */
const SWEEP_BATCH = 100

export type SettleStaleWalletReloadsStepInput = { stale_after_ms?: number }
export type SettledReload = { id: string; status: "succeeded" | "failed" | "pending"; error?: string }

type StaleReload = { id: string; wallet_id: string; amount: number; provider_id: string | null; payment_collection_id: string | null }
type Truth = { captured: string } | { failed: string }

export const settleStaleWalletReloadsStepId = "settle-stale-wallet-reloads-step"

/**
 * Settles auto-reloads left pending by a process that died mid-attempt, asking the payment module what
 * happened: a captured payment is credited through the same ledger key as the normal path (so never
 * twice); anything else becomes `failed` ("timed out"), an authorization left hanging is cancelled,
 * and nothing is ever charged again. Each attempt is settled on its own: one that cannot be (the
 * database or provider is down) stays pending for the next sweep.
 */
export const settleStaleWalletReloadsStep = createStep(
  settleStaleWalletReloadsStepId,
  async ({ stale_after_ms = STALE_RELOAD_AFTER_MS }: SettleStaleWalletReloadsStepInput, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    const stale: StaleReload[] = await wallet.listWalletReloads(
      { status: "pending", created_at: { $lt: new Date(Date.now() - stale_after_ms) } },
      { select: ["id", "wallet_id", "amount", "provider_id", "payment_collection_id"], order: { created_at: "ASC" }, take: SWEEP_BATCH }
    )
    const settled: SettledReload[] = []
    for (const reload of stale) {
      try {
        const truth = await paymentTruth(payments, reload)
        if ("captured" in truth) {
          await creditCapturedReload(wallet, reload, truth.captured)
          settled.push({ id: reload.id, status: "succeeded" })
        } else if (await wallet.failPendingReload(reload.id, truth.failed)) {
          settled.push({ id: reload.id, status: "failed", error: truth.failed })
        }
      } catch (error) {
        logger.warn(`wallet reload ${reload.id} stays pending: ${(error as Error).message}`)
        settled.push({ id: reload.id, status: "pending", error: (error as Error).message })
      }
    }
    return new StepResponse(settled)
  }
)

/**
 * What the payment module recorded for an attempt: the id of a captured payment, or why it failed. No
 * recorded collection means the attempt died before reaching the provider.
 */
async function paymentTruth(payments: IPaymentModuleService, reload: StaleReload): Promise<Truth> {
  if (!reload.payment_collection_id) return { failed: "timed out before the payment was started" }
  const collection = await payments.retrievePaymentCollection(reload.payment_collection_id, { relations: ["payments", "payments.captures"] })
  const live = (collection.payments ?? []).filter((p) => !p.canceled_at)
  const captured = live.find((p) => p.captured_at || p.captures?.length)
  if (captured) return { captured: captured.id }
  // an authorization that was never captured must not stay hanging on the customer's card
  const uncancelled: string[] = []
  for (const payment of live) await payments.cancelPayment(payment.id).catch(() => uncancelled.push(payment.id))
  if (uncancelled.length) return { failed: `timed out; the authorization of payment ${uncancelled.join(", ")} could not be cancelled` }
  return { failed: live.length ? "timed out after authorization; nothing was captured, the authorization was cancelled" : "timed out; no payment was made" }
}
