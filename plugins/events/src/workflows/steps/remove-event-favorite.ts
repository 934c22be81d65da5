import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { EventFavoriteStepInput } from "./add-event-favorite"

export const removeEventFavoriteStepId = "remove-event-favorite-step"

/** Removes an event from the customer's favorites; removing one that is not there changes nothing. */
export const removeEventFavoriteStep = createStep(removeEventFavoriteStepId, async (input: EventFavoriteStepInput, { container }) => {
  const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
  const favorites = await events.listEventFavorites({ customer_id: input.customer_id, event_id: input.event_id }, { select: ["id"] })
  if (favorites.length) await events.deleteEventFavorites(favorites.map((favorite) => favorite.id))
  return new StepResponse({ event_id: input.event_id, removed: favorites.length > 0 })
})
