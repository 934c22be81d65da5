import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { creditCapturedReload } from "../utils/reload-credit"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"
import type { ReloadCharge, ReloadToCharge } from "./charge-wallet-reload"

export type FinishWalletReloadStepInput = { reload?: ReloadToCharge & { wallet_id: string }; charge?: ReloadCharge }

export const finishWalletReloadStepId = "finish-wallet-reload-step"

/**
 * A captured reload credits the wallet from the float, once (the attempt's id is the ledger key), and
 * the attempt becomes `succeeded`; a refused one becomes `failed` with the provider's reason. The
 * credit is not capped by the maximum balance: the money was taken, so it is always credited.
 */
export const finishWalletReloadStep = createStep(finishWalletReloadStepId, async ({ reload, charge }: FinishWalletReloadStepInput, { container }) => {
  if (!reload || !charge) return new StepResponse(undefined)
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  if (!charge.ok) {
    return new StepResponse(
      await wallet.updateWalletReloads({ id: reload.id, status: "failed", provider_id: charge.provider_id, payment_collection_id: charge.payment_collection_id, error: charge.error })
    )
  }
  const captured = { ...reload, provider_id: charge.provider_id, payment_collection_id: charge.payment_collection_id }
  return new StepResponse(await creditCapturedReload(wallet, captured, charge.payment_id))
})
