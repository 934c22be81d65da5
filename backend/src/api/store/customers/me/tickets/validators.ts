import { z } from "@medusajs/framework/zod"

const count = (max: number) => z.preprocess((value) => (typeof value === "string" && value !== "" ? Number(value) : value), z.number().int().min(0).max(max))

/** No `fields` on purpose: the shape is fixed, so nobody can walk from a ticket to other customers' data. */
export const StoreGetCustomerTicketsParams = z.object({
  limit: count(50).refine((limit) => limit > 0, "limit must be at least 1").default(20),
  offset: count(Number.MAX_SAFE_INTEGER).default(0),
})
export type StoreGetCustomerTicketsParamsType = z.infer<typeof StoreGetCustomerTicketsParams>

export const StoreGetCustomerTicketParams = z.object({})
export type StoreGetCustomerTicketParamsType = z.infer<typeof StoreGetCustomerTicketParams>
