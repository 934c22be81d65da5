import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../utils/field-error"

export type RegisterUsherIdentityStepInput = { email: string; password: string }

export const registerUsherIdentityStepId = "register-usher-identity-step"

/** Registers the emailpass identity the usher logs in with; undone by deleting it. */
export const registerUsherIdentityStep = createStep(
  registerUsherIdentityStepId,
  async ({ email, password }: RegisterUsherIdentityStepInput, { container }) => {
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
    if (!success || !authIdentity) {
      throw fieldError(MedusaError.Types.INVALID_DATA, "email", error ?? `Could not register ${email}`)
    }
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (identityId, { container }) => {
    if (!identityId) return
    await container.resolve<IAuthModuleService>(Modules.AUTH).deleteAuthIdentities([identityId])
  }
)
