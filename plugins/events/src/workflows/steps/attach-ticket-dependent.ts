import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { DependentAttachment } from "../../modules/events/utils/dependents"

export const attachTicketDependentStepId = "attach-ticket-dependent-step"

/** Attaches a dependent to a ticket whose type admits one more (checked under the ticket's row lock). */
export const attachTicketDependentStep = createStep(attachTicketDependentStepId, async (input: DependentAttachment, { container }) => {
  await container.resolve<EventsModuleService>(EVENTS_MODULE).attachDependent(input)
  return new StepResponse(input)
})
