import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type ReplaceCardStepInput, replaceCardStep } from "./steps"

export type ReplaceWalletCardWorkflowInput = ReplaceCardStepInput

export const replaceWalletCardWorkflowId = "replace-wallet-card"

/** A holder's card is replaced by one in stock; the old credential is revoked, the balance stays with the holder. */
export const replaceWalletCardWorkflow = createWorkflow(replaceWalletCardWorkflowId, (input: ReplaceWalletCardWorkflowInput) => {
  return new WorkflowResponse(replaceCardStep(input))
})
