import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDENTIAL_MODULE } from "../../modules/credential"
import type CredentialModuleService from "../../modules/credential/service"

export const revokeCredentialKeyStepId = "revoke-credential-key-step"

/** Revokes a retired key: everything it signed stops verifying. */
export const revokeCredentialKeyStep = createStep(revokeCredentialKeyStepId, async (kid: string, { container }) => {
  const credentials = container.resolve<CredentialModuleService>(CREDENTIAL_MODULE)
  return new StepResponse(await credentials.revokeKey(kid))
})
