import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createUsherStep, registerUsherIdentityStep, validateNewUsherStep } from "./steps"

export type CreateUsherWorkflowInput = { name: string; email: string; password: string; phone?: string | null }

export const createUsherWorkflowId = "create-usher"

/**
 * An usher who can log in at /auth/usher/emailpass: the usher row, an emailpass identity, and the
 * identity's app_metadata.usher_id that makes its tokens carry the usher as actor. Any failure
 * undoes the earlier steps.
 */
export const createUsherWorkflow = createWorkflow(createUsherWorkflowId, (input: CreateUsherWorkflowInput) => {
  validateNewUsherStep({ email: input.email })
  const usher = createUsherStep(
    transform({ input }, ({ input }) => ({ name: input.name, email: input.email, phone: input.phone ?? null }))
  )
  const identity = registerUsherIdentityStep({ email: input.email, password: input.password })
  setAuthAppMetadataStep(
    transform({ identity, usher }, ({ identity, usher }) => ({ authIdentityId: identity.id, actorType: "usher", value: usher.id }))
  )
  return new WorkflowResponse(usher)
})
