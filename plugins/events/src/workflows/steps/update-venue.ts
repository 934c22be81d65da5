import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type { VenueZone } from "../../modules/events/models/venue"
import type EventsModuleService from "../../modules/events/service"
import { toJsonList } from "../utils/json-list"
import type { CreateVenueStepInput } from "./create-venue"

export type UpdateVenueStepInput = { id: string } & Partial<CreateVenueStepInput>

type VenueChanges = Omit<UpdateVenueStepInput, "zones"> & { zones?: Record<string, unknown> | null }

export const updateVenueStepId = "update-venue-step"

/** Updates a venue's fields; undone by writing back the previous values of exactly those fields. */
export const updateVenueStep = createStep(
  updateVenueStepId,
  async ({ zones, ...input }: UpdateVenueStepInput, { container }) => {
    const venues = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const changes: VenueChanges = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as VenueChanges
    if (zones !== undefined) changes.zones = toJsonList<VenueZone>(zones)
    const fields = Object.keys(changes) as (keyof VenueChanges)[]
    const before: VenueChanges = await venues.retrieveVenue(input.id, { select: fields })
    const previous: VenueChanges = { id: input.id }
    for (const field of fields) Object.assign(previous, { [field]: before[field] })
    const venue = await venues.updateVenues(changes)
    return new StepResponse(venue, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).updateVenues(previous)
  }
)
