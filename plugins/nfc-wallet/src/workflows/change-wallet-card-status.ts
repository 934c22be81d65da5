import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type ChangeCardStatusStepInput, changeCardStatusStep } from "./steps"

export type ChangeWalletCardStatusWorkflowInput = ChangeCardStatusStepInput

export const changeWalletCardStatusWorkflowId = "change-wallet-card-status"

/** Block, report lost, or unblock a card (a customer's own, or any for admins). */
export const changeWalletCardStatusWorkflow = createWorkflow(changeWalletCardStatusWorkflowId, (input: ChangeWalletCardStatusWorkflowInput) => {
  return new WorkflowResponse(changeCardStatusStep(input))
})
