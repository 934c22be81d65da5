import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { type ChargeRequest, postLedgerTransactionStep, requestWalletAutoReloadStep, resolveChargeStep } from "./steps"

export type CreateWalletChargeWorkflowInput = ChargeRequest

export const createWalletChargeWorkflowId = "create-wallet-charge"

/** A stand debits a wallet by card credential: checked, then posted once per idempotency key; a crossed auto-reload threshold asks for a reload. */
export const createWalletChargeWorkflow = createWorkflow(createWalletChargeWorkflowId, (input: CreateWalletChargeWorkflowInput) => {
  const plan = resolveChargeStep(input)
  const posted = postLedgerTransactionStep(plan)
  requestWalletAutoReloadStep(transform({ posted, plan }, ({ posted, plan }) => [{ debit: posted, threshold: plan.reload_threshold }]))
  return new WorkflowResponse(posted)
})
