import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { type ValidateTopUpStepInput, validateTopUpStep } from "./steps"

export type AddWalletTopUpToCartWorkflowInput = ValidateTopUpStepInput

export const addWalletTopUpToCartWorkflowId = "add-wallet-top-up-to-cart"

/**
 * Adds a top-up line to the customer's cart at the chosen amount (a custom unit price through Medusa's
 * own addToCartWorkflow); paying the cart through the normal checkout credits the wallet.
 */
export const addWalletTopUpToCartWorkflow = createWorkflow(addWalletTopUpToCartWorkflowId, (input: AddWalletTopUpToCartWorkflowInput) => {
  const line = validateTopUpStep(input)
  addToCartWorkflow.runAsStep({ input: line })
  return new WorkflowResponse(line)
})
