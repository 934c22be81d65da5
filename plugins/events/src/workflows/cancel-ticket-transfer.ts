import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelTicketTransferStep } from "./steps"
import type { CancelTicketTransferStepInput } from "./steps"

export type CancelTicketTransferWorkflowInput = CancelTicketTransferStepInput

export const cancelTicketTransferWorkflowId = "cancel-ticket-transfer"

/** The sender withdraws a pending transfer. */
export const cancelTicketTransferWorkflow = createWorkflow(cancelTicketTransferWorkflowId, (input: CancelTicketTransferWorkflowInput) =>
  new WorkflowResponse(cancelTicketTransferStep(input))
)
