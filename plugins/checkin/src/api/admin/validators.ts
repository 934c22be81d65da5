import { z } from "@medusajs/framework/zod"
import { INCIDENT_TYPES } from "../../modules/checkin/models/incident"
import { USHER_ROLES } from "../../modules/checkin/models/usher-assignment"
import { SCANNING_STATUSES } from "../../modules/checkin/models/scanning-state"
import { scanSearchParams } from "../utils/search-scans"

const id = z.string().trim().min(1).max(100)

export const AdminCreateUsher = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email({ message: "Field 'email' must be an email address" }),
  password: z.string().min(8).max(200),
  phone: z.string().trim().max(40).nullish(),
})
export type AdminCreateUsherType = z.infer<typeof AdminCreateUsher>

export const AdminGetUshersParams = z.object({
  q: z.string().trim().min(1).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export type AdminGetUshersParamsType = z.infer<typeof AdminGetUshersParams>

export const AdminCreateAssignment = z.object({
  usher_id: id,
  role: z.enum(USHER_ROLES).default("usher"),
  /** Gates of this event the usher scans at; empty or absent means every gate. */
  gate_ids: z.array(id).max(100).default([]),
})
export type AdminCreateAssignmentType = z.infer<typeof AdminCreateAssignment>

export const AdminCreateCheckinList = z
  .object({
    name: z.string().trim().min(1).max(200),
    /** Ticket types admitted; empty or absent means every type of the event. */
    ticket_type_ids: z.array(id).max(100).default([]),
    allow_reentry: z.boolean().default(false),
    opens_at: z.coerce.date().nullish(),
    closes_at: z.coerce.date().nullish(),
  })
  .refine((list) => !list.opens_at || !list.closes_at || list.opens_at < list.closes_at, {
    message: "closes_at must be after opens_at",
    path: ["closes_at"],
  })
export type AdminCreateCheckinListType = z.infer<typeof AdminCreateCheckinList>

export const AdminCreateGate = z.object({ name: z.string().trim().min(1).max(200), list_id: id })
export type AdminCreateGateType = z.infer<typeof AdminCreateGate>

export const AdminUpdateCheckin = z.object({ status: z.enum(SCANNING_STATUSES) })
export type AdminUpdateCheckinType = z.infer<typeof AdminUpdateCheckin>

export const AdminGetCheckinScansParams = scanSearchParams(100)
export type AdminGetCheckinScansParamsType = z.infer<typeof AdminGetCheckinScansParams>

export const AdminGetConflictsParams = z.object({
  status: z.enum(["open", "resolved"]).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export type AdminGetConflictsParamsType = z.infer<typeof AdminGetConflictsParams>

export const AdminGetIncidentsParams = z.object({
  type: z.enum(INCIDENT_TYPES).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export type AdminGetIncidentsParamsType = z.infer<typeof AdminGetIncidentsParams>

export const AdminResolveConflict = z.object({ note: z.string().trim().min(1).max(4000) })
export type AdminResolveConflictType = z.infer<typeof AdminResolveConflict>

export const AdminUpsertAttendeeProfile = z.object({
  customer_id: id,
  /** A Medusa file module URL (POST /admin/uploads first). */
  photo_url: z.string().url({ message: "Field 'photo_url' must be a URL" }).max(2000).nullish(),
  emergency_contact_name: z.string().trim().max(200).nullish(),
  emergency_contact_phone: z.string().trim().max(40).nullish(),
  blood_type: z.enum(["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"]).nullish(),
  needs_attention: z.boolean().default(false),
  attention_note: z.string().trim().max(2000).nullish(),
})
export type AdminUpsertAttendeeProfileType = z.infer<typeof AdminUpsertAttendeeProfile>
