import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { TransferRecipient } from "../../modules/events/utils/transfers"

export type AcceptTicketTransferStepInput = { transfer_id: string; recipient: TransferRecipient }

export const acceptTicketTransferStepId = "accept-ticket-transfer-step"

/**
 * Hands the ticket to the recipient in one transaction (transfer accepted, ticket moved, version
 * bumped); a transfer no longer pending or expired is a 409. The last step of its workflow, so it
 * has nothing to undo.
 */
export const acceptTicketTransferStep = createStep(
  acceptTicketTransferStepId,
  async (input: AcceptTicketTransferStepInput, { container }) => {
    const accepted = await container.resolve<EventsModuleService>(EVENTS_MODULE).acceptTransfer(input.transfer_id, input.recipient)
    return new StepResponse(accepted)
  }
)
