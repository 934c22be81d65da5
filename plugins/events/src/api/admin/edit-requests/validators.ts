import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

const idOrIds = z.union([z.string(), z.array(z.string())])

export const EDIT_REQUEST_STATUSES = ["pending", "approved", "rejected"] as const

export const AdminGetEditRequestParams = createSelectParams()

export const AdminGetEditRequestsParams = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  status: z.union([z.enum(EDIT_REQUEST_STATUSES), z.array(z.enum(EDIT_REQUEST_STATUSES))]).optional(),
  event_id: idOrIds.optional(),
  organizer_id: idOrIds.optional(),
})
export type AdminGetEditRequestsParamsType = z.infer<typeof AdminGetEditRequestsParams>

export const AdminApproveEditRequest = z.object({ note: z.string().nullish() })
export type AdminApproveEditRequestType = z.infer<typeof AdminApproveEditRequest>

export const AdminRejectEditRequest = z.object({ note: z.string().trim().min(1) })
export type AdminRejectEditRequestType = z.infer<typeof AdminRejectEditRequest>
