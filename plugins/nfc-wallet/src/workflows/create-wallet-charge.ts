import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type ChargeRequest, postLedgerTransactionStep, resolveChargeStep } from "./steps"

export type CreateWalletChargeWorkflowInput = ChargeRequest

export const createWalletChargeWorkflowId = "create-wallet-charge"

/** A stand debits a wallet by card credential: checked, then posted once per idempotency key. */
export const createWalletChargeWorkflow = createWorkflow(createWalletChargeWorkflowId, (input: CreateWalletChargeWorkflowInput) => {
  const plan = resolveChargeStep(input)
  return new WorkflowResponse(postLedgerTransactionStep(plan))
})
