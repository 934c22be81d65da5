import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"

export type RegisterMerchantLoginStepInput = { email: string; password: string }

export const registerMerchantLoginStepId = "register-merchant-login-step"

/**
 * An emailpass identity for the merchant's login (`/auth/merchant/emailpass`); the password is
 * hashed by the auth provider. An email that already has a login is refused on `email`. Undo deletes it.
 */
export const registerMerchantLoginStep = createStep(
  registerMerchantLoginStepId,
  async ({ email, password }: RegisterMerchantLoginStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
    if (!success || !authIdentity) throw fieldError(MedusaError.Types.INVALID_DATA, "email", error ?? "the login could not be created")
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
