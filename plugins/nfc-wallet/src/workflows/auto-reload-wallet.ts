import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type BeginWalletReloadStepInput, beginWalletReloadStep, chargeWalletReloadStep, finishWalletReloadStep } from "./steps"

export type AutoReloadWalletWorkflowInput = BeginWalletReloadStepInput

export const autoReloadWalletWorkflowId = "auto-reload-wallet"

/**
 * Reloads a wallet a debit took under its threshold: the attempt is recorded, the saved payment
 * method charged through Medusa's payment module, the wallet credited once, the outcome recorded.
 * Nothing happens when the wallet has an attempt in flight or this debit already started one.
 */
export const autoReloadWalletWorkflow = createWorkflow(autoReloadWalletWorkflowId, (input: AutoReloadWalletWorkflowInput) => {
  const reload = beginWalletReloadStep(input)
  const charge = chargeWalletReloadStep(reload)
  return new WorkflowResponse(finishWalletReloadStep({ reload, charge }))
})
