import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { TransactionInput } from "../../modules/wallet/service"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { resolveCardCredential } from "../utils/resolve-card"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type ChargeRequest = {
  merchant_id: string
  stand_id?: string
  idempotency_key: string
  credential: string
  amount: number
  currency_code: string
  description?: string | null
  items?: unknown[] | null
}

/** Either the transaction a retried key already made, or the transaction to post. */
export type ChargePlan = {
  existing_id?: string
  transaction?: TransactionInput
  /** The wallet's auto-reload threshold (null when off), read with the wallet so the charge path reads nothing more. */
  reload_threshold?: number | null
}

export const resolveChargeStepId = "resolve-wallet-charge-step"

/** Idempotency keys are the merchant's own: two merchants choosing the same key never meet. */
export const chargeKey = (merchantId: string, key: string) => `charge:${merchantId}:${key}`

/** The merchant's stand for a charge: the one named (404 when not the merchant's), or its only one. */
export async function merchantStand(container: MedusaContainer, merchantId: string, standId: string | undefined) {
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const stands = await wallet.standsOf(merchantId)
  if (standId) {
    const stand = stands.find((s) => s.id === standId)
    if (!stand) throw fieldError(MedusaError.Types.NOT_FOUND, "stand_id", `Stand ${standId} was not found`)
    return stand
  }
  if (stands.length !== 1) {
    throw fieldError(MedusaError.Types.INVALID_DATA, "stand_id", stands.length ? "name the stand: this merchant has several" : "this merchant has no stand")
  }
  return stands[0]
}

/**
 * Checks a charge before anything moves: the stand is the merchant's, the currency is the stand's,
 * the credential is a genuine, current, chargeable card of that stand's event, and its holder has a
 * wallet. A retried idempotency key skips all of it and answers with the first transaction.
 */
export const resolveChargeStep = createStep(resolveChargeStepId, async (input: ChargeRequest, { container }) => {
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const key = chargeKey(input.merchant_id, input.idempotency_key)
  const existingId = await wallet.transactionIdByKey(key)
  if (existingId) return new StepResponse<ChargePlan>({ existing_id: existingId })

  const stand = await merchantStand(container, input.merchant_id, input.stand_id)
  if (input.currency_code !== stand.currency_code) {
    throw fieldError(MedusaError.Types.INVALID_DATA, "currency_code", `stand ${stand.name} charges in ${stand.currency_code}`)
  }
  const card = await resolveCardCredential(container, input.credential)
  if (stand.event_id && card.event_id && stand.event_id !== card.event_id) {
    throw fieldError(MedusaError.Types.NOT_ALLOWED, "credential", "the card belongs to another event")
  }
  const holderWallet = await wallet.walletOf(card.customer_id!, input.currency_code)
  if (!holderWallet) throw fieldError(MedusaError.Types.NOT_ALLOWED, "amount", "insufficient balance: the card's holder has no wallet in this currency")
  const merchantAccountId = await wallet.merchantAccountId(input.merchant_id, input.currency_code)

  return new StepResponse<ChargePlan>({
    reload_threshold: holderWallet.auto_reload_amount ? holderWallet.auto_reload_threshold : null,
    transaction: {
      idempotency_key: key,
      kind: "charge",
      currency_code: input.currency_code,
      amount: input.amount,
      wallet_id: holderWallet.id,
      merchant_id: input.merchant_id,
      stand_id: stand.id,
      card_id: card.id,
      description: input.description ?? null,
      items: input.items ?? null,
      postings: [
        { account_id: holderWallet.account_id, amount: -input.amount },
        { account_id: merchantAccountId, amount: input.amount },
      ],
    },
  })
})
