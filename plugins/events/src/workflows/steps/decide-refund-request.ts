import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"

export type DecideRefundRequestStepInput = {
  id: string
  decision: "approved" | "rejected"
  decided_by: string | null
  note?: string | null
}

export const decideRefundRequestStepId = "decide-refund-request-step"

/**
 * Moves a pending request to its decision in one conditional update, so of two concurrent
 * decisions only one gets past this step (the other is a 409). An approval undone later (the refund
 * failed) puts the request back to pending.
 */
export const decideRefundRequestStep = createStep(
  decideRefundRequestStepId,
  async (input: DecideRefundRequestStepInput, { container }) => {
    const claimed = await container
      .resolve<EventsModuleService>(EVENTS_MODULE)
      .decideRefundRequest(input.id, input.decision, { decided_by: input.decided_by, decision_note: input.note })
    return new StepResponse(claimed, input.decision === "approved" ? claimed.id : undefined)
  },
  async (approvedId, { container }) => {
    if (!approvedId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).reopenRefundRequest(approvedId)
  }
)
