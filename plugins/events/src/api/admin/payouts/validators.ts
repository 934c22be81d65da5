import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

const idOrIds = z.union([z.string(), z.array(z.string())])
const PAYOUT_STATUSES = ["pending", "paid"] as const

export const AdminGetPayoutParams = createSelectParams()

export const AdminGetPayoutsParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  organizer_id: idOrIds.optional(),
  event_id: idOrIds.optional(),
  status: z.union([z.enum(PAYOUT_STATUSES), z.array(z.enum(PAYOUT_STATUSES))]).optional(),
})
export type AdminGetPayoutsParamsType = z.infer<typeof AdminGetPayoutsParams>

export const AdminCreatePayout = z.object({
  event_id: z.string().min(1),
  /** Needed only when the event sold tickets in more than one currency. */
  currency_code: z.string().length(3).optional(),
})
export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>
