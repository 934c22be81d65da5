import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"

export type SetEventVenueStepInput = { event_id: string; venue_id: string }

export const setEventVenueStepId = "set-event-venue-step"

/**
 * Moves an event to another venue (update-event does not take a venue); undone by moving it back.
 * The venue was checked to exist when the change was requested.
 */
export const setEventVenueStep = createStep(
  setEventVenueStepId,
  async (input: SetEventVenueStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const before = await events.retrieveEvent(input.event_id, { select: ["id", "venue_id"] })
    const event = await events.updateEvents({ id: input.event_id, venue_id: input.venue_id })
    return new StepResponse(event, { event_id: input.event_id, venue_id: before.venue_id })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).updateEvents({ id: previous.event_id, venue_id: previous.venue_id })
  }
)
