import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rotateCredentialKeyStep } from "./steps"

export const rotateCredentialKeyWorkflowId = "rotate-credential-key"

export const rotateCredentialKeyWorkflow = createWorkflow(rotateCredentialKeyWorkflowId, () => {
  return new WorkflowResponse(rotateCredentialKeyStep())
})
