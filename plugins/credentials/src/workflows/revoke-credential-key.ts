import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeCredentialKeyStep } from "./steps"

export type RevokeCredentialKeyInput = { kid: string }

export const revokeCredentialKeyWorkflowId = "revoke-credential-key"

export const revokeCredentialKeyWorkflow = createWorkflow(
  revokeCredentialKeyWorkflowId,
  (input: RevokeCredentialKeyInput) => new WorkflowResponse(revokeCredentialKeyStep(input.kid))
)
