import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"

export type RemoveDependentStepInput = { id: string; customer_id: string }

export const removeDependentStepId = "remove-dependent-step"

/** Deletes one of the customer's dependents and detaches it from their tickets; someone else's is not found. */
export const removeDependentStep = createStep(removeDependentStepId, async (input: RemoveDependentStepInput, { container }) => {
  await container.resolve<EventsModuleService>(EVENTS_MODULE).removeDependent(input.id, input.customer_id)
  return new StepResponse({ id: input.id })
})
