import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { EVENT_STATUSES } from "../../modules/events/models/event"
import { TICKET_STATUSES } from "../../modules/events/models/ticket"
import { EDIT_REQUEST_STATUSES } from "../admin/edit-requests/validators"

const oneOrMore = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.array(z.enum(values))])
const page = (order: string) => createFindParams({ limit: 20, offset: 0, order })

export const OrganizerGetOneParams = createSelectParams()

export const OrganizerGetEventsParams = page("starts_at").extend({ status: oneOrMore(EVENT_STATUSES).optional() })
export type OrganizerGetEventsParamsType = z.infer<typeof OrganizerGetEventsParams>

export const OrganizerGetTicketsParams = page("-created_at").extend({
  /** Part of the holder's name or email, or of the ticket code. */
  q: z.string().trim().min(1).optional(),
  status: oneOrMore(TICKET_STATUSES).optional(),
})
export type OrganizerGetTicketsParamsType = z.infer<typeof OrganizerGetTicketsParams>

export const OrganizerCreateEditRequest = z.object({
  /** Field → new value; the workflow judges which fields and values are allowed (400 names `changes.<field>`). */
  changes: z.record(z.string(), z.unknown()),
  reason: z.string().nullish(),
})
export type OrganizerCreateEditRequestType = z.infer<typeof OrganizerCreateEditRequest>

export const OrganizerGetEditRequestsParams = page("-created_at").extend({
  status: oneOrMore(EDIT_REQUEST_STATUSES).optional(),
  event_id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type OrganizerGetEditRequestsParamsType = z.infer<typeof OrganizerGetEditRequestsParams>

export const OrganizerGetPayoutsParams = page("-created_at").extend({
  status: oneOrMore(["pending", "paid"] as const).optional(),
  event_id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type OrganizerGetPayoutsParamsType = z.infer<typeof OrganizerGetPayoutsParams>
