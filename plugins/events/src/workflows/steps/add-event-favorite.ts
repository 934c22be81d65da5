import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"

export type EventFavoriteStepInput = { customer_id: string; event_id: string }

export const addEventFavoriteStepId = "add-event-favorite-step"

/** Adds an event to the customer's favorites (again: no change); an unknown or draft event is a 404 naming event_id. */
export const addEventFavoriteStep = createStep(addEventFavoriteStepId, async (input: EventFavoriteStepInput, { container }) => {
  const favorite = await container.resolve<EventsModuleService>(EVENTS_MODULE).addFavorite(input.customer_id, input.event_id)
  return new StepResponse(favorite)
})
