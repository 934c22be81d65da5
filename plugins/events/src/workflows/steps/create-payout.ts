import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { NewPayout } from "../../modules/events/service"

export const createPayoutStepId = "create-payout-step"

/**
 * Creates the payout with the next PAY-YYYY-NNNN of the year. No undo on purpose: deleting a payout
 * would leave a gap in the invoice numbers, so this is always the last step that can fail.
 */
export const createPayoutStep = createStep(createPayoutStepId, async (input: NewPayout, { container }) => {
  const payout = await container.resolve<EventsModuleService>(EVENTS_MODULE).createPayoutWithInvoice(input)
  return new StepResponse(payout)
})
