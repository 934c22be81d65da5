import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { DateInput } from "../types"
import { toJsonList } from "../utils/json-list"
import { fieldError } from "../utils/validations/field-error"

export type CreateEventStepInput = {
  title: string
  handle: string
  description?: string | null
  category: string
  images?: string[] | null
  starts_at: DateInput
  ends_at: DateInput
  doors_open_at?: DateInput | null
  timezone: string
  is_featured?: boolean
  venue_id: string
  organizer_id: string
}

export const createEventStepId = "create-event-step"

/**
 * Creates the event row, as a draft; undone by deleting it. The unique handle index settles a race
 * that validation cannot see (two requests with one handle): the loser gets the same 400 as validation.
 */
export const createEventStep = createStep(
  createEventStepId,
  async (input: CreateEventStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const event = await events
      .createEvents({
        ...input,
        images: toJsonList(input.images),
        starts_at: new Date(input.starts_at),
        ends_at: new Date(input.ends_at),
        doors_open_at: input.doors_open_at ? new Date(input.doors_open_at) : null,
        status: "draft",
      })
      .catch(async (error: unknown) => {
        const [taken] = await events.listEvents({ handle: input.handle }, { select: ["id"] })
        if (!taken) throw error
        throw fieldError(MedusaError.Types.INVALID_DATA, "handle", `handle "${input.handle}" is already used by another event`)
      })
    return new StepResponse(event, event.id)
  },
  async (eventId, { container }) => {
    if (!eventId) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).deleteEvents(eventId)
  }
)
