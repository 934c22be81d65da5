import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { refundWalletBalanceStep } from "./steps"

export type RefundWalletBalanceWorkflowInput = { wallet_id: string; requested_by?: string | null }

export const refundWalletBalanceWorkflowId = "refund-wallet-balance"

/** After the event: a wallet's remaining balance goes back to the payments that filled it, once. */
export const refundWalletBalanceWorkflow = createWorkflow(refundWalletBalanceWorkflowId, (input: RefundWalletBalanceWorkflowInput) => {
  return new WorkflowResponse(refundWalletBalanceStep(input))
})
