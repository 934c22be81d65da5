import { MathBN, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { offSessionPaymentData, reloadProviderId } from "../utils/reload-payment"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"
import { toMajorUnits } from "../utils/top-up"

export type ReloadToCharge = { id: string; customer_id: string; currency_code: string; amount: number }
export type ReloadCharge =
  | { ok: true; provider_id: string; payment_collection_id: string; payment_id: string }
  | { ok: false; provider_id: string; payment_collection_id: string | null; error: string }

type Capture = { payment_id: string; amount: number }

export const chargeWalletReloadStepId = "charge-wallet-reload-step"

/**
 * Charges an auto-reload through Medusa's payment module: a payment collection, a session with the
 * provider (the attempt's id as idempotency key, so a provider sees one charge per attempt), authorize,
 * capture. The collection is recorded on the attempt before the charge. A refusal is an answer, not a
 * throw: it is recorded on the attempt. Undo refunds a capture.
 */
export const chargeWalletReloadStep = createStep(
  chargeWalletReloadStepId,
  async (reload: ReloadToCharge | undefined, { container }): Promise<StepResponse<ReloadCharge | undefined, Capture | undefined>> => {
    if (!reload) return new StepResponse<ReloadCharge | undefined, Capture | undefined>(undefined)
    const payments = container.resolve(Modules.PAYMENT)
    const providerId = reloadProviderId()
    const amount = toMajorUnits(reload.amount)
    let collectionId: string | null = null
    let paymentId: string | null = null
    try {
      const collection = await payments.createPaymentCollections({ currency_code: reload.currency_code, amount, metadata: { wallet_reload_id: reload.id } })
      collectionId = collection.id
      // recorded before anything is charged: if this process dies mid-charge, the stale-reload sweeper
      // reads this collection's payments to learn whether the money was taken
      await container
        .resolve<WalletModuleService>(WALLET_MODULE)
        .updateWalletReloads({ id: reload.id, provider_id: providerId, payment_collection_id: collection.id })
      const { data, context } = await offSessionPaymentData(container, providerId, reload.customer_id)
      const session = await payments.createPaymentSession(collection.id, {
        provider_id: providerId,
        currency_code: reload.currency_code,
        amount,
        data,
        context: { ...context, idempotency_key: reload.id },
      })
      const payment = await payments.authorizePaymentSession(session.id, {})
      if (!payment) throw new Error(`${providerId} did not authorize the payment`)
      paymentId = payment.id
      if (!payment.captured_at) await payments.capturePayment({ payment_id: payment.id, amount })
      const charged: ReloadCharge = { ok: true, provider_id: providerId, payment_collection_id: collection.id, payment_id: payment.id }
      return new StepResponse<ReloadCharge | undefined, Capture | undefined>(charged, { payment_id: payment.id, amount })
    } catch (error) {
      // an authorization that could not be captured must not stay hanging on the customer's card
      if (paymentId) await payments.cancelPayment(paymentId).catch(() => undefined)
      const failed: ReloadCharge = { ok: false, provider_id: providerId, payment_collection_id: collectionId, error: (error as Error).message }
      return new StepResponse<ReloadCharge | undefined, Capture | undefined>(failed)
    }
  },
  async (captured, { container }) => {
    if (!captured) return
    await container.resolve(Modules.PAYMENT).refundPayment({ payment_id: captured.payment_id, amount: MathBN.convert(captured.amount) })
  }
)
