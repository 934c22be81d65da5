import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetVenueParams = createSelectParams()

export const AdminGetVenuesParams = createFindParams({ limit: 20, offset: 0 }).extend({
  /** Part of the name or the city, case-insensitive. */
  q: z.string().optional(),
  country_code: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetVenuesParamsType = z.infer<typeof AdminGetVenuesParams>

const VenueZone = z.object({ name: z.string().trim().min(1), capacity: z.number().int().min(0) })

export const AdminCreateVenue = z.object({
  name: z.string().trim().min(1),
  address_1: z.string().trim().min(1),
  city: z.string().trim().min(1),
  postal_code: z.string().nullish(),
  country_code: z.string().length(2).toLowerCase(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  capacity: z.number().int().min(0),
  zones: z.array(VenueZone).nullish(),
})
export type AdminCreateVenueType = z.infer<typeof AdminCreateVenue>

export const AdminUpdateVenue = AdminCreateVenue.partial()
export type AdminUpdateVenueType = z.infer<typeof AdminUpdateVenue>
