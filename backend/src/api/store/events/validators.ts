import { z } from "@medusajs/framework/zod"
import { EVENT_ORDERS, type EventListQuery } from "../../../lib/event-catalog/types"

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** One value or a repeated/comma-separated list (`?category=a&category=b`, `?category=a,b`). */
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => [...new Set((Array.isArray(value) ? value : [value]).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))].sort())
  .optional()

const date = z
  .string()
  .trim()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: "must be an ISO 8601 date or date-time" })
  .optional()

const integer = (fallback: number, min: number, max?: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: "must be a whole number" })
    .transform(Number)
    .pipe(max === undefined ? z.number().int().min(min) : z.number().int().min(min).max(max))
    .optional()
    .transform((value) => value ?? fallback)

const boolean = z.enum(["true", "false"], { message: "must be true or false" }).transform((value) => value === "true").optional()

export const StoreGetEventsParams = z
  .object({
    category: list,
    venue_id: list,
    from: date,
    to: date,
    q: z
      .string()
      .trim()
      .max(200)
      .transform((value) => value.toLowerCase() || undefined)
      .optional(),
    featured: boolean,
    limit: integer(20, 1, 100),
    offset: integer(0, 0),
    order: z.enum(EVENT_ORDERS, { message: `must be one of ${EVENT_ORDERS.join(", ")}` }).default("starts_at"),
    region_id: z.string().trim().min(1).optional(),
  })
  .transform((params, ctx): EventListQuery => {
    const from = params.from ? new Date(params.from) : undefined
    // a plain date as the upper bound means that whole day: up to (not including) the next midnight UTC
    const toExclusive = params.to ? DATE_ONLY.test(params.to) : false
    const to = params.to ? new Date(Date.parse(params.to) + (toExclusive ? 86_400_000 : 0)) : undefined
    if (from && to && (toExclusive ? to <= from : to < from)) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" })
      return z.NEVER
    }
    return {
      category: params.category?.length ? params.category : undefined,
      venue_id: params.venue_id?.length ? params.venue_id : undefined,
      from,
      to,
      to_exclusive: to ? toExclusive : undefined,
      q: params.q,
      featured: params.featured,
      limit: params.limit,
      offset: params.offset,
      order: params.order,
      region_id: params.region_id,
    }
  })
export type StoreGetEventsParamsType = z.infer<typeof StoreGetEventsParams>

export const StoreGetEventParams = z.object({ region_id: z.string().trim().min(1).optional() })
export type StoreGetEventParamsType = z.infer<typeof StoreGetEventParams>
