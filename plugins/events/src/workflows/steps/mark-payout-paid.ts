import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import { revertStatus, transitionStatus } from "../utils/status-transition"

export type MarkPayoutPaidStepInput = { id: string }

export const markPayoutPaidStepId = "mark-payout-paid-step"

/** Marks a pending payout paid, once (a conditional update; a second call gets 400 naming `status`); undone by making it pending again. */
export const markPayoutPaidStep = createStep(
  markPayoutPaidStepId,
  async (input: MarkPayoutPaidStepInput, { container }) => {
    await transitionStatus(container, "payout", input.id, "pending", { status: "paid", paid_at: new Date() })
    const payout = await container.resolve<EventsModuleService>(EVENTS_MODULE).retrievePayout(input.id)
    return new StepResponse(payout, input.id)
  },
  async (payoutId, { container }) => {
    if (!payoutId) return
    await revertStatus(container, "payout", payoutId, "paid", { status: "pending", paid_at: null })
  }
)
