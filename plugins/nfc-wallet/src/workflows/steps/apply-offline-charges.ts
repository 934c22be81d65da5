import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { PostedTransaction } from "../../modules/wallet/service"
import { isChargeable, resolveOfflineCard } from "../utils/resolve-card"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"
import { chargeKey, merchantStand } from "../utils/charge"

export type OfflineCharge = {
  idempotency_key: string
  credential: string
  amount: number
  currency_code: string
  device_time: string
  stand_id?: string
  description?: string | null
  items?: unknown[] | null
}

export type OfflineChargeResult = {
  idempotency_key: string
  status: "applied" | "duplicate" | "rejected"
  reason?: string
  /** Why an applied debit needs an admin's eye: `overdrawn`, `over_cap`, `card_not_chargeable`. */
  flags?: string[]
  transaction?: PostedTransaction
}

export const applyOfflineChargesStepId = "apply-offline-charges-step"

/**
 * Applies debits a stand accepted offline, in device-time order, each once (its merchant-scoped
 * idempotency key). A debit with a genuine card signature is applied even when it overdraws the
 * wallet, exceeds the card's offline cap, or hit a card blocked after the stand's snapshot: the goods
 * are gone, so the ledger records it and flags it for admins. Forged, malformed, unknown-key and
 * unknown-card debits, and ones outside the merchant's stands, are rejected and reported, never applied.
 * Each debit is its own database transaction, so a retried batch re-applies nothing.
 */
export const applyOfflineChargesStep = createStep(
  applyOfflineChargesStepId,
  async ({ merchant_id, charges }: { merchant_id: string; charges: OfflineCharge[] }, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const ordered = [...charges].sort((a, b) => Date.parse(a.device_time) - Date.parse(b.device_time))
    const results: OfflineChargeResult[] = []
    for (const charge of ordered) {
      results.push(await applyOne(container, wallet, merchant_id, charge))
    }
    return new StepResponse(results)
  }
)

async function applyOne(
  container: Parameters<typeof resolveOfflineCard>[0],
  wallet: WalletModuleService,
  merchantId: string,
  charge: OfflineCharge
): Promise<OfflineChargeResult> {
  const key = chargeKey(merchantId, charge.idempotency_key)
  const reply = (status: OfflineChargeResult["status"], extra: Partial<OfflineChargeResult> = {}) => ({
    idempotency_key: charge.idempotency_key,
    status,
    ...extra,
  })
  const existingId = await wallet.transactionIdByKey(key)
  if (existingId) return reply("duplicate", { transaction: await wallet.retrievePostedTransaction(existingId) })

  const stand = await merchantStand(container, merchantId, charge.stand_id).catch(() => undefined)
  if (!stand) return reply("rejected", { reason: "stand_not_found" })
  if (stand.currency_code !== charge.currency_code) return reply("rejected", { reason: "wrong_currency" })
  const resolved = await resolveOfflineCard(container, charge.credential)
  if ("rejected" in resolved) return reply("rejected", { reason: resolved.rejected })
  const { card, revoked } = resolved
  if (!card.customer_id) return reply("rejected", { reason: "card_not_assigned" })
  if (stand.event_id && card.event_id && stand.event_id !== card.event_id) return reply("rejected", { reason: "wrong_event" })

  const flags = [...(revoked || !isChargeable(card) ? ["card_not_chargeable"] : []), ...(charge.amount > card.offline_cap ? ["over_cap"] : [])]
  const holder = await wallet.ensureWallet(card.customer_id, charge.currency_code)
  const merchantAccount = await wallet.ensureAccount("merchant", merchantId, charge.currency_code)
  const posted = await wallet.postTransaction({
    idempotency_key: key,
    kind: "charge",
    currency_code: charge.currency_code,
    amount: charge.amount,
    wallet_id: holder.id,
    merchant_id: merchantId,
    stand_id: stand.id,
    card_id: card.id,
    description: charge.description ?? null,
    items: charge.items ?? null,
    offline: true,
    flag: flags.length > 0,
    device_time: charge.device_time,
    metadata: flags.length ? { flags } : null,
    postings: [
      { account_id: holder.account_id, amount: -charge.amount },
      { account_id: merchantAccount.id, amount: charge.amount },
    ],
  })
  const overdrawn = posted.postings.some((p) => p.account_kind === "wallet" && p.balance_after < 0)
  const allFlags = [...(overdrawn ? ["overdrawn"] : []), ...flags]
  return reply(posted.replayed ? "duplicate" : "applied", { transaction: posted, ...(allFlags.length ? { flags: allFlags } : {}) })
}
