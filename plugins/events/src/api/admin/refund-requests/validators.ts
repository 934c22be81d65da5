import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

const STATUSES = ["pending", "approved", "rejected"] as const
const idOrIds = z.union([z.string(), z.array(z.string())])

export const AdminGetRefundRequestParams = createSelectParams()

export const AdminGetRefundRequestsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  status: z.union([z.enum(STATUSES), z.array(z.enum(STATUSES))]).optional(),
  ticket_id: idOrIds.optional(),
  customer_id: idOrIds.optional(),
})
export type AdminGetRefundRequestsParamsType = z.infer<typeof AdminGetRefundRequestsParams>

export const AdminRejectRefundRequest = z.object({ note: z.string().trim().min(1).max(1000) }).strict()
export type AdminRejectRefundRequestType = z.infer<typeof AdminRejectRefundRequest>
