import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type RefundRequest, postLedgerTransactionStep, resolveRefundStep } from "./steps"

export type RefundWalletChargeWorkflowInput = RefundRequest

export const refundWalletChargeWorkflowId = "refund-wallet-charge"

/** Reverses one of the merchant's charges back to the wallet, at most once. */
export const refundWalletChargeWorkflow = createWorkflow(refundWalletChargeWorkflowId, (input: RefundWalletChargeWorkflowInput) => {
  const plan = resolveRefundStep(input)
  return new WorkflowResponse(postLedgerTransactionStep(plan))
})
