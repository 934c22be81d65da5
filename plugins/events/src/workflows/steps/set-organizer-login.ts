import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../utils/validations/field-error"

export type SetOrganizerLoginStepInput = { organizer_id: string; email: string; password: string }

export const ORGANIZER_ACTOR = "organizer"
const PROVIDER = "emailpass"

export const setOrganizerLoginStepId = "set-organizer-login-step"

/**
 * Gives an organizer an emailpass login (`POST /auth/organizer/emailpass`): registers an auth identity
 * for its email with `app_metadata.organizer_id`, or sets a new password on the one it already has.
 * A login of that email that belongs to someone else (an admin, a customer) is refused, never taken
 * over. Undone by deleting the identity it created; a changed password stays changed (the old hash is gone).
 */
export const setOrganizerLoginStep = createStep(
  setOrganizerLoginStepId,
  async (input: SetOrganizerLoginStepInput, { container }) => {
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const email = input.email.toLowerCase()
    const [existing] = await auth.listProviderIdentities({ provider: PROVIDER, entity_id: email }, { relations: ["auth_identity"] })

    if (existing) {
      if (existing.auth_identity?.app_metadata?.organizer_id !== input.organizer_id) {
        throw fieldError(MedusaError.Types.INVALID_DATA, "email", `${email} already has a login that is not this organizer's`)
      }
      const { success, error } = await auth.updateProvider(PROVIDER, { entity_id: email, password: input.password })
      if (!success) throw fieldError(MedusaError.Types.INVALID_DATA, "password", error ?? "the password could not be set")
      return new StepResponse({ auth_identity_id: existing.auth_identity_id as string }, null)
    }

    const { success, authIdentity, error } = await auth.register(PROVIDER, { body: { email, password: input.password } })
    if (!success || !authIdentity) throw fieldError(MedusaError.Types.INVALID_DATA, "email", error ?? "the login could not be created")
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { [`${ORGANIZER_ACTOR}_id`]: input.organizer_id } })
    return new StepResponse({ auth_identity_id: authIdentity.id }, authIdentity.id)
  },
  async (createdIdentityId, { container }) => {
    if (!createdIdentityId) return
    await container.resolve<IAuthModuleService>(Modules.AUTH).deleteAuthIdentities([createdIdentityId])
  }
)
