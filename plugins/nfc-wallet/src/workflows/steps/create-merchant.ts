import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type CreateMerchantStepInput = {
  name: string
  email: string
  phone?: string | null
  stands?: { name: string; event_id?: string | null; currency_code?: string }[]
}

export const createMerchantStepId = "create-merchant-step"

/** Creates the merchant with its stands; undo deletes them. */
export const createMerchantStep = createStep(
  createMerchantStepId,
  async ({ stands = [], ...merchant }: CreateMerchantStepInput, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const created = await wallet.createMerchants(merchant)
    const createdStands = stands.length ? await wallet.createStands(stands.map((s) => ({ ...s, merchant_id: created.id }))) : []
    return new StepResponse({ merchant: created, stands: createdStands }, { id: created.id, stand_ids: createdStands.map((s) => s.id) })
  },
  async (created, { container }) => {
    if (!created) return
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    if (created.stand_ids.length) await wallet.deleteStands(created.stand_ids)
    await wallet.deleteMerchants(created.id)
  }
)
