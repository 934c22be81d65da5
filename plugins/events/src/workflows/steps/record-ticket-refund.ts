import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"

export type RecordTicketRefundStepInput = { refund_request_id: string; payment_id: string; amount: number; currency_code: string }

export const recordTicketRefundStepId = "record-ticket-refund-step"

/**
 * Writes the Medusa refund's id and amount onto the approved request. The refund is recognised by
 * its note, which the approval set to the request's id.
 */
export const recordTicketRefundStep = createStep(
  recordTicketRefundStepId,
  async (input: RecordTicketRefundStepInput, { container }) => {
    const refunds = await container.resolve(Modules.PAYMENT).listRefunds({ payment_id: input.payment_id }, { select: ["id", "note"] })
    const refund = refunds.find((candidate) => candidate.note === input.refund_request_id)
    const request = await container.resolve<EventsModuleService>(EVENTS_MODULE).updateTicketRefundRequests({
      id: input.refund_request_id,
      refund_id: refund?.id ?? null,
      amount: input.amount,
      currency_code: input.currency_code,
    })
    return new StepResponse(request)
  }
)
