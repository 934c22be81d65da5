import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { TransferRecipient } from "../../modules/events/utils/transfers"
import { notAllowed, notFound } from "../../modules/events/utils/errors"
import { sameEmail, samePhone } from "../utils/contact"
import { transferTokenHash } from "./offer-ticket-transfer"

export type FindTransferForRecipientStepInput = {
  customer_id: string
  /** Accepting from the incoming list: the transfer must be addressed to the customer's email or number. */
  transfer_id?: string
  /** Accepting from a link: whoever holds the token may accept, except the sender. */
  token?: string
}

export const findTransferForRecipientStepId = "find-transfer-for-recipient-step"

/**
 * Finds the transfer the customer may accept and who they are as a holder. A transfer addressed to
 * someone else, or an unknown token, is not found (its existence is not revealed).
 */
export const findTransferForRecipientStep = createStep(
  findTransferForRecipientStepId,
  async (input: FindTransferForRecipientStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const customer = await container
      .resolve(Modules.CUSTOMER)
      .retrieveCustomer(input.customer_id, { select: ["id", "email", "phone", "first_name", "last_name"] })
    const field = input.token === undefined ? "id" : "token"
    const filter = input.token === undefined ? { id: input.transfer_id } : { token_hash: transferTokenHash(input.token) }
    const [transfer] = await events.listTicketTransfers(filter, { select: ["id", "from_customer_id", "to_email", "to_phone"] })
    const addressedToCustomer = transfer && (sameEmail(transfer.to_email, customer.email) || samePhone(transfer.to_phone, customer.phone))
    if (!transfer || (field === "id" && !addressedToCustomer)) {
      throw notFound(field, field === "id" ? `Transfer with id: ${input.transfer_id} was not found` : "No transfer has this token")
    }
    if (transfer.from_customer_id === customer.id) throw notAllowed(field, "you cannot accept your own transfer")
    const holderName = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || null
    const recipient: TransferRecipient = { customer_id: customer.id, holder_name: holderName, holder_email: customer.email ?? null }
    return new StepResponse({ transfer_id: transfer.id, recipient })
  }
)
