import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENTS_MODULE } from "../../modules/events"
import type EventsModuleService from "../../modules/events/service"
import type { DateInput } from "../types"
import type { EventStatus } from "../utils/validations/event"
import { toJsonList } from "../utils/json-list"

export type UpdateEventStepInput = {
  id: string
  title?: string
  description?: string | null
  category?: string
  images?: string[] | null
  starts_at?: DateInput
  ends_at?: DateInput
  doors_open_at?: DateInput | null
  timezone?: string
  is_featured?: boolean
  status?: EventStatus
}

type EventChanges = {
  id: string
  title?: string
  description?: string | null
  category?: string
  images?: Record<string, unknown> | null
  starts_at?: Date
  ends_at?: Date
  doors_open_at?: Date | null
  timezone?: string
  is_featured?: boolean
  status?: EventStatus
}

/** The changes as the service takes them: only the fields given, dates as Dates. */
function eventChanges(input: UpdateEventStepInput): EventChanges {
  const changes: EventChanges = { id: input.id }
  if (input.title !== undefined) changes.title = input.title
  if (input.description !== undefined) changes.description = input.description
  if (input.category !== undefined) changes.category = input.category
  if (input.images !== undefined) changes.images = toJsonList(input.images)
  if (input.starts_at !== undefined) changes.starts_at = new Date(input.starts_at)
  if (input.ends_at !== undefined) changes.ends_at = new Date(input.ends_at)
  if (input.doors_open_at !== undefined) changes.doors_open_at = input.doors_open_at === null ? null : new Date(input.doors_open_at)
  if (input.timezone !== undefined) changes.timezone = input.timezone
  if (input.is_featured !== undefined) changes.is_featured = input.is_featured
  if (input.status !== undefined) changes.status = input.status
  return changes
}

export const updateEventStepId = "update-event-step"

/** Updates an event's own fields; undone by writing back the previous values of exactly those fields. */
export const updateEventStep = createStep(
  updateEventStepId,
  async (input: UpdateEventStepInput, { container }) => {
    const events = container.resolve<EventsModuleService>(EVENTS_MODULE)
    const changes = eventChanges(input)
    const fields = Object.keys(changes) as (keyof EventChanges)[]
    const before: EventChanges = await events.retrieveEvent(input.id, { select: fields })
    const previous: EventChanges = { id: input.id }
    for (const field of fields) Object.assign(previous, { [field]: before[field] })
    const event = await events.updateEvents(changes)
    return new StepResponse(event, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<EventsModuleService>(EVENTS_MODULE).updateEvents(previous)
  }
)
