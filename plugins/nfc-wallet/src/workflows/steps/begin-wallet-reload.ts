import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type BeginWalletReloadStepInput = { wallet_id: string; trigger_transaction_id: string }

export const beginWalletReloadStepId = "begin-wallet-reload-step"

/**
 * Records the attempt as pending before any money moves, or answers nothing when the wallet already
 * has one in flight or this debit already started one. Undo marks it failed (it never stays pending).
 */
export const beginWalletReloadStep = createStep(
  beginWalletReloadStepId,
  async ({ wallet_id, trigger_transaction_id }: BeginWalletReloadStepInput, { container }) => {
    const started = await container.resolve<WalletModuleService>(WALLET_MODULE).beginReload(wallet_id, trigger_transaction_id)
    return new StepResponse(started, started?.id)
  },
  async (reloadId, { container }) => {
    if (!reloadId) return
    await container.resolve<WalletModuleService>(WALLET_MODULE).updateWalletReloads({ id: reloadId, status: "failed", error: "the reload workflow failed" })
  }
)
