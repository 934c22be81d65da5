import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { namedFieldError } from "../common-validators"

const password = z.string().min(8, namedFieldError("at least 8 characters long"))

export const AdminGetOrganizerParams = createSelectParams()

export const AdminGetOrganizersParams = createFindParams({ limit: 20, offset: 0 }).extend({
  /** Part of the name, case-insensitive. */
  q: z.string().optional(),
  email: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetOrganizersParamsType = z.infer<typeof AdminGetOrganizersParams>

export const AdminCreateOrganizer = z.object({
  name: z.string().trim().min(1),
  email: z.email(namedFieldError("an email address")),
  phone: z.string().nullish(),
  /** Platform fee in basis points of gross: 500 is 5 %. */
  fee_bps: z.number().int().min(0).max(10_000).optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  /** Gives the organizer a login (`POST /auth/organizer/emailpass` with its email). */
  password: password.optional(),
})
export type AdminCreateOrganizerType = z.infer<typeof AdminCreateOrganizer>

export const AdminSetOrganizerPassword = z.object({ password })
export type AdminSetOrganizerPasswordType = z.infer<typeof AdminSetOrganizerPassword>
