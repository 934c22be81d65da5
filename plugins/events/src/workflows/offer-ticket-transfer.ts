import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyTransferRecipientStep, offerTicketTransferStep } from "./steps"
import type { OfferTicketTransferStepInput } from "./steps"

export type OfferTicketTransferWorkflowInput = OfferTicketTransferStepInput

export const offerTicketTransferWorkflowId = "offer-ticket-transfer"

/**
 * Offers one of the customer's valid tickets to an email or mobile number (a transfer or a gift),
 * pending for 7 days, and tells the recipient. Returns only the transfer's id: the acceptance
 * token goes to the recipient, never back to the sender.
 */
export const offerTicketTransferWorkflow = createWorkflow(offerTicketTransferWorkflowId, (input: OfferTicketTransferWorkflowInput) => {
  const offered = offerTicketTransferStep(input)
  const notice = transform({ input, offered }, ({ input, offered }) => ({
    ...offered,
    kind: input.kind,
    to_email: input.to_email,
    to_phone: input.to_phone,
    message: input.message,
  }))
  notifyTransferRecipientStep(notice)
  const transferId = transform({ offered }, ({ offered }) => offered.transfer_id)
  const transferOffered = createHook("transferOffered", { transfer_id: transferId })
  return new WorkflowResponse({ id: transferId }, { hooks: [transferOffered] })
})
