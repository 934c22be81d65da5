import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"

export type CancelTicketTransferStepInput = { transfer_id: string; customer_id: string }

export const cancelTicketTransferStepId = "cancel-ticket-transfer-step"

/** The sender withdraws a pending transfer; someone else's is not found, a settled one is a 409. */
export const cancelTicketTransferStep = createStep(
  cancelTicketTransferStepId,
  async (input: CancelTicketTransferStepInput, { container }) => {
    await container.resolve<EventsModuleService>(EVENTS_MODULE).cancelTransfer(input.transfer_id, input.customer_id)
    return new StepResponse({ id: input.transfer_id })
  }
)
