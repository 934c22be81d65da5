import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { type CreateMerchantStepInput, createMerchantStep, registerMerchantLoginStep, registerMerchantPhoneLoginStep } from "./steps"

export type CreateMerchantWorkflowInput = CreateMerchantStepInput & { password: string }

export const createMerchantWorkflowId = "create-merchant"

/**
 * A merchant, its stands and its login: an emailpass identity whose app_metadata names it as
 * `merchant_id`, plus an `otp` provider on the same identity when it has a mobile number.
 */
export const createMerchantWorkflow = createWorkflow(createMerchantWorkflowId, (input: CreateMerchantWorkflowInput) => {
  const merchantInput = transform({ input }, ({ input: { password: _password, ...merchant } }) => merchant)
  const created = createMerchantStep(merchantInput)
  const identity = registerMerchantLoginStep({ email: input.email, password: input.password })
  registerMerchantPhoneLoginStep({ auth_identity_id: identity.id, phone: input.phone })
  const link = transform({ identity, created }, ({ identity, created }) => ({
    authIdentityId: identity.id,
    actorType: "merchant",
    value: created.merchant.id,
  }))
  setAuthAppMetadataStep(link)
  return new WorkflowResponse(created)
})
