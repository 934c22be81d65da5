import { createHash, randomBytes } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import { notAllowed } from "../../modules/events/utils/errors"
import type { TransferOffer } from "../../modules/events/utils/transfers"
import { sameEmail, samePhone } from "../utils/contact"

/** The offer as the sender makes it; the step adds the token's hash and the expiry. */
export type OfferTicketTransferStepInput = Omit<TransferOffer, "token_hash" | "expires_at">

/** A transfer waits this long for its recipient. */
export const TRANSFER_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

export const offerTicketTransferStepId = "offer-ticket-transfer-step"

/** The acceptance token's hash: all the database keeps, so a leaked table accepts nothing. */
export const transferTokenHash = (token: string) => createHash("sha256").update(token).digest("hex")

/**
 * Records a pending transfer with a fresh random acceptance token and returns the token beside it
 * (only the recipient's notification carries it on). Refuses an offer to the sender's own address.
 * Undone by cancelling the transfer.
 */
export const offerTicketTransferStep = createStep(
  offerTicketTransferStepId,
  async (input: OfferTicketTransferStepInput, { container }) => {
    const sender = await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.from_customer_id, { select: ["email", "phone"] })
    if (sameEmail(sender.email, input.to_email)) throw notAllowed("to_email", "you cannot transfer a ticket to yourself")
    if (samePhone(sender.phone, input.to_phone)) throw notAllowed("to_phone", "you cannot transfer a ticket to yourself")
    const token = randomBytes(32).toString("base64url")
    const transfer = await container.resolve<EventsModuleService>(EVENTS_MODULE).offerTicket({
      ...input,
      token_hash: transferTokenHash(token),
      expires_at: new Date(Date.now() + TRANSFER_LIFETIME_MS),
    })
    return new StepResponse({ transfer_id: transfer.id, token }, transfer.id)
  },
  async (transferId, { container }) => {
    if (!transferId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).updateTicketTransfers({ id: transferId, status: "cancelled" })
  }
)
