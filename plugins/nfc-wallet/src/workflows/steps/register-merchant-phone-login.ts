import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"

export type RegisterMerchantPhoneLoginStepInput = { auth_identity_id: string; phone?: string | null }

export const registerMerchantPhoneLoginStepId = "register-merchant-phone-login-step"

/**
 * Adds the `otp` provider to the merchant's login when it has a mobile number (E.164), so
 * `/auth/merchant/otp` reaches the same identity and actor. A number that already logs someone in is
 * refused on `phone`. Undo removes it.
 */
export const registerMerchantPhoneLoginStep = createStep(
  registerMerchantPhoneLoginStepId,
  async ({ auth_identity_id, phone }: RegisterMerchantPhoneLoginStepInput, { container }) => {
    if (!phone) return new StepResponse(undefined)
    const auth = container.resolve(Modules.AUTH)
    const [taken] = await auth.listProviderIdentities({ provider: "otp", entity_id: phone })
    if (taken) throw fieldError(MedusaError.Types.INVALID_DATA, "phone", "this mobile number already has a login")
    const [created] = await auth.createProviderIdentities([{ provider: "otp", entity_id: phone, auth_identity_id }])
    return new StepResponse(created, created.id)
  },
  async (providerIdentityId, { container }) => {
    if (!providerIdentityId) return
    await container.resolve(Modules.AUTH).deleteProviderIdentities([providerIdentityId])
  }
)
