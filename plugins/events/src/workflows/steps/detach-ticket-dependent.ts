import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { DependentAttachment } from "../../modules/events/utils/dependents"

export const detachTicketDependentStepId = "detach-ticket-dependent-step"

/** Detaches a dependent from one of the customer's tickets. */
export const detachTicketDependentStep = createStep(detachTicketDependentStepId, async (input: DependentAttachment, { container }) => {
  await container.resolve<EventsModuleService>(EVENTS_MODULE).detachDependent(input)
  return new StepResponse(input)
})
