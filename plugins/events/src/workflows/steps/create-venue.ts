import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type { VenueZone } from "../../modules/events/models/venue"
import type EventsModuleService from "../../modules/events/service"
import { toJsonList } from "../utils/json-list"

export type CreateVenueStepInput = {
  name: string
  address_1: string
  city: string
  postal_code?: string | null
  country_code: string
  latitude?: number | null
  longitude?: number | null
  capacity: number
  zones?: VenueZone[] | null
}

export const createVenueStepId = "create-venue-step"

/** Creates a venue; undone by deleting it. */
export const createVenueStep = createStep(
  createVenueStepId,
  async ({ zones, ...input }: CreateVenueStepInput, { container }) => {
    const venue = await container
      .resolve<EventsModuleService>(EVENTS_MODULE)
      .createVenues({ ...input, zones: toJsonList(zones) })
    return new StepResponse(venue, venue.id)
  },
  async (venueId, { container }) => {
    if (!venueId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).deleteVenues(venueId)
  }
)
