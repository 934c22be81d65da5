import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { EVENT_STATUSES } from "../../../modules/events/models/event"
import { namedFieldError } from "../common-validators"

/**
 * Shapes and types only: the workflows judge the rest (dates in order, unique names, capacities,
 * references that exist), so the same rules hold for every caller, not just this API.
 */

const date = z.coerce.date()
const isEventStatus = (value: string): value is (typeof EVENT_STATUSES)[number] => (EVENT_STATUSES as readonly string[]).includes(value)
const idOrIds = z.union([z.string(), z.array(z.string())])

export const AdminGetEventParams = createSelectParams()
export type AdminGetEventParamsType = z.infer<typeof AdminGetEventParams>

export const AdminGetEventsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  /** Part of the title, case-insensitive. */
  q: z.string().optional(),
  /** One status or several (`status=draft` or `status[]=draft&status[]=published`). */
  status: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => [value].flat())
    .refine((values) => values.every(isEventStatus), namedFieldError(`one of ${EVENT_STATUSES.join(", ")}`))
    .transform((values) => values.filter(isEventStatus))
    .optional(),
  category: idOrIds.optional(),
  organizer_id: idOrIds.optional(),
  venue_id: idOrIds.optional(),
})
export type AdminGetEventsParamsType = z.infer<typeof AdminGetEventsParams>

export const AdminCreateTicketType = z.object({
  name: z.string(),
  tier: z.string(),
  description: z.string().nullish(),
  /** In major units: 45 is €45.00. */
  price: z.number(),
  currency_code: z.string(),
  capacity: z.number(),
  sales_starts_at: date.nullish(),
  sales_ends_at: date.nullish(),
  admits: z.array(z.string()).nullish(),
  allows_dependents: z.boolean().optional(),
  max_dependents: z.number().optional(),
})
export type AdminCreateTicketTypeType = z.infer<typeof AdminCreateTicketType>

export const AdminAddTicketType = AdminCreateTicketType.extend({
  additional_data: z.record(z.string(), z.unknown()).optional(),
})
export type AdminAddTicketTypeType = z.infer<typeof AdminAddTicketType>

export const AdminCreateEvent = z.object({
  title: z.string(),
  handle: z.string().optional(),
  description: z.string().nullish(),
  category: z.string().min(1),
  images: z.array(z.url(namedFieldError("a URL"))).nullish(),
  starts_at: date,
  ends_at: date,
  doors_open_at: date.nullish(),
  timezone: z.string(),
  venue_id: z.string(),
  organizer_id: z.string(),
  is_featured: z.boolean().optional(),
  stock_location_id: z.string(),
  sales_channel_id: z.string().optional(),
  ticket_types: z.array(AdminCreateTicketType),
  additional_data: z.record(z.string(), z.unknown()).optional(),
})
export type AdminCreateEventType = z.infer<typeof AdminCreateEvent>

export const AdminUpdateEvent = z.object({
  title: z.string().optional(),
  description: z.string().nullish(),
  category: z.string().min(1).optional(),
  images: z.array(z.url(namedFieldError("a URL"))).nullish(),
  starts_at: date.optional(),
  ends_at: date.optional(),
  doors_open_at: date.nullish(),
  timezone: z.string().optional(),
  is_featured: z.boolean().optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  additional_data: z.record(z.string(), z.unknown()).optional(),
})
export type AdminUpdateEventType = z.infer<typeof AdminUpdateEvent>
