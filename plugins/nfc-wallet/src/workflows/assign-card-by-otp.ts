import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { OTP_PURPOSES } from "../modules/wallet/utils/otp"
import { assignCardStep, confirmOtpStep, resolveAssignableCardStep } from "./steps"

export type AssignCardByOtpWorkflowInput = {
  merchant_id: string
  serial_number?: string
  credential?: string
  /** E.164, the number the customer received the code on. */
  phone: string
  code: string
}

export const assignCardByOtpWorkflowId = "assign-card-by-otp"

/** The code a merchant's customers receive to confirm a card: scoped to that merchant. */
export const cardAssignmentPurpose = (merchantId: string) => `${OTP_PURPOSES.cardAssignment}:${merchantId}`

/**
 * A merchant hands a card in stock to the customer who confirmed with the code sent to their mobile
 * number: the card is checked first (a wrong card costs no code), then the code is consumed, then the
 * card assigned; a card taken meanwhile gives the code back.
 */
export const assignCardByOtpWorkflow = createWorkflow(assignCardByOtpWorkflowId, (input: AssignCardByOtpWorkflowInput) => {
  const card = resolveAssignableCardStep({ merchant_id: input.merchant_id, serial_number: input.serial_number, credential: input.credential })
  const otp = transform({ input }, ({ input }) => ({ phone: input.phone, code: input.code, purpose: cardAssignmentPurpose(input.merchant_id) }))
  const confirmed = confirmOtpStep(otp)
  const assignment = transform({ card, confirmed }, ({ card, confirmed }) => ({ card_id: card.id, customer_id: confirmed.subject_id }))
  return new WorkflowResponse(assignCardStep(assignment))
})
