import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"
import type { ChargePlan } from "../utils/charge"

export type RefundRequest = { merchant_id: string; charge_id: string }

export const resolveRefundStepId = "resolve-wallet-refund-step"

/**
 * A refund reverses one of the merchant's own charges in full, once: its idempotency key is derived
 * from the charge, so a retried or concurrent refund finds the first one. Another merchant's charge is
 * a 404, as if it did not exist.
 */
export const resolveRefundStep = createStep(resolveRefundStepId, async (input: RefundRequest, { container }) => {
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const [charge] = await wallet.listLedgerTransactions({ id: input.charge_id, kind: "charge", merchant_id: input.merchant_id })
  if (!charge) throw fieldError(MedusaError.Types.NOT_FOUND, "id", `Charge ${input.charge_id} was not found`)
  const key = `refund:${charge.id}`
  const existingId = await wallet.transactionIdByKey(key)
  if (existingId) return new StepResponse<ChargePlan>({ existing_id: existingId })
  const posted = await wallet.retrievePostedTransaction(charge.id)
  return new StepResponse<ChargePlan>({
    transaction: {
      idempotency_key: key,
      kind: "charge_refund",
      currency_code: charge.currency_code,
      amount: charge.amount,
      wallet_id: charge.wallet_id,
      merchant_id: charge.merchant_id,
      stand_id: charge.stand_id,
      card_id: charge.card_id,
      reverses_id: charge.id,
      description: `refund of ${charge.id}`,
      postings: posted.postings.map((p) => ({ account_id: p.account_id, amount: -p.amount })),
    },
  })
})
