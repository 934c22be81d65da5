import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type EnsureTopUpProductStepInput, ensureTopUpProductStep } from "./steps"

export type EnsureWalletTopUpProductWorkflowInput = EnsureTopUpProductStepInput

export const ensureWalletTopUpProductWorkflowId = "ensure-wallet-top-up-product"

/** Makes sure the store sells wallet top-ups in the given sales channel (idempotent). */
export const ensureWalletTopUpProductWorkflow = createWorkflow(
  ensureWalletTopUpProductWorkflowId,
  (input: EnsureWalletTopUpProductWorkflowInput) => new WorkflowResponse(ensureTopUpProductStep(input))
)
