import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type { VenueZone } from "../../modules/events/models/venue"
import type EventsModuleService from "../../modules/events/service"
import { jsonListOf } from "../utils/json-list"
import { throwFirstIssue } from "../utils/validations/field-error"
import { venueZoneIssues } from "../utils/validations/venue"

export type ValidateVenueStepInput = {
  /** Set when updating: the venue must exist, and its stored capacity and zones fill what is not given. */
  id?: string
  capacity?: number
  zones?: VenueZone[] | null
}

export const validateVenueStepId = "validate-venue-step"

/** Refuses a missing venue (404) or zones that do not fit the venue (400). */
export const validateVenueStep = createStep(validateVenueStepId, async (input: ValidateVenueStepInput, { container }) => {
  let { capacity, zones } = input
  if (input.id) {
    const [venue] = await container
      .resolve<EventsModuleService>(EVENTS_MODULE)
      .listVenues({ id: input.id }, { select: ["id", "capacity", "zones"] })
    if (!venue) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Venue with id: ${input.id} was not found`)
    capacity ??= venue.capacity
    zones = zones === undefined ? jsonListOf<VenueZone>(venue.zones) : zones
  }
  throwFirstIssue(venueZoneIssues(zones, capacity ?? 0))
  return new StepResponse(undefined)
})
