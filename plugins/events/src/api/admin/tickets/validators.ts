import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { TICKET_STATUSES } from "../../../modules/events/models/ticket"

const idOrIds = z.union([z.string(), z.array(z.string())])

export const AdminGetTicketParams = createSelectParams()
export type AdminGetTicketParamsType = z.infer<typeof AdminGetTicketParams>

export const AdminGetTicketsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  /** Part of the holder's name or email, or of the ticket code, case-insensitive. */
  q: z.string().trim().min(1).optional(),
  status: z.union([z.enum(TICKET_STATUSES), z.array(z.enum(TICKET_STATUSES))]).optional(),
  event_id: idOrIds.optional(),
  customer_id: idOrIds.optional(),
  order_id: idOrIds.optional(),
})
export type AdminGetTicketsParamsType = z.infer<typeof AdminGetTicketsParams>
