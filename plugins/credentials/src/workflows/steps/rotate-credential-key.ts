import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDENTIAL_MODULE } from "../../modules/credential"
import type CredentialModuleService from "../../modules/credential/service"

export const rotateCredentialKeyStepId = "rotate-credential-key-step"

/** Retires the active signing key and activates a new one, in one transaction. */
export const rotateCredentialKeyStep = createStep(rotateCredentialKeyStepId, async (_: void, { container }) => {
  const credentials = container.resolve<CredentialModuleService>(CREDENTIAL_MODULE)
  return new StepResponse(await credentials.rotateSigningKey())
})
