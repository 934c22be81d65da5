import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type ResumeLapsedBalanceRefundRunsStepInput, resumeLapsedBalanceRefundRunsStep } from "./steps"

export type ResumeWalletBalanceRefundRunsWorkflowInput = ResumeLapsedBalanceRefundRunsStepInput

export const resumeWalletBalanceRefundRunsWorkflowId = "resume-wallet-balance-refund-runs"

/** Hands balance refund runs whose worker died to a new one, or fails them after too many tries. Run by the plugin's scheduled job. */
export const resumeWalletBalanceRefundRunsWorkflow = createWorkflow(
  resumeWalletBalanceRefundRunsWorkflowId,
  (input: ResumeWalletBalanceRefundRunsWorkflowInput) => new WorkflowResponse(resumeLapsedBalanceRefundRunsStep(input))
)
