import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptTicketTransferStep, findTransferForRecipientStep } from "./steps"
import type { FindTransferForRecipientStepInput } from "./steps"

export type AcceptTicketTransferWorkflowInput = FindTransferForRecipientStepInput

export const acceptTicketTransferWorkflowId = "accept-ticket-transfer"

/**
 * The recipient accepts a transfer (by id when it is addressed to them, or by token): the ticket
 * becomes theirs, with a new version, so the sender's credential verifies as revoked.
 */
export const acceptTicketTransferWorkflow = createWorkflow(acceptTicketTransferWorkflowId, (input: AcceptTicketTransferWorkflowInput) => {
  const found = findTransferForRecipientStep(input)
  const accepted = acceptTicketTransferStep(found)
  const transferAccepted = createHook("transferAccepted", { transfer: accepted })
  return new WorkflowResponse(accepted, { hooks: [transferAccepted] })
})
