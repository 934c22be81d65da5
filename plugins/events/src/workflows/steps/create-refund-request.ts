import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { RefundRequestInput } from "../../modules/events/utils/refunds"

export const createRefundRequestStepId = "create-refund-request-step"

/** A pending refund request for one of the customer's valid tickets; undone by deleting it. */
export const createRefundRequestStep = createStep(
  createRefundRequestStepId,
  async (input: RefundRequestInput, { container }) => {
    const request = await container.resolve<EventsModuleService>(EVENTS_MODULE).requestRefund(input)
    return new StepResponse(request, request.id)
  },
  async (requestId, { container }) => {
    if (!requestId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).deleteTicketRefundRequests(requestId)
  }
)
