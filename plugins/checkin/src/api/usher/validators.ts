import { z } from "@medusajs/framework/zod"
import { INCIDENT_TYPES } from "../../modules/checkin/models/incident"
import { scanSearchParams } from "../utils/search-scans"

const id = z.string().trim().min(1).max(100)

/** One scan as a device sends it; `id` is made by the client, so a retried request is recognised. */
export const UsherScan = z.object({
  id: z.string().uuid({ message: "Field 'id' must be a UUID made by the client" }),
  event_id: id,
  gate_id: id.nullish(),
  direction: z.enum(["in", "out"]),
  credential: z.string().trim().min(1).max(2000),
  serial_number: z.string().trim().max(64).nullish(),
  scanned_at: z.coerce.date(),
  device_id: id.nullish(),
})
export type UsherScanType = z.infer<typeof UsherScan>

export const UsherCreateScan = UsherScan
export type UsherCreateScanType = z.infer<typeof UsherCreateScan>

/** Queued offline scans; a device may also name itself once for the whole batch. */
export const UsherCreateScanBatch = z.object({
  device_id: id.nullish(),
  scans: z.array(UsherScan).min(1).max(10_000),
})
export type UsherCreateScanBatchType = z.infer<typeof UsherCreateScanBatch>

export const UsherGetScansParams = scanSearchParams(10).extend({ event_id: id.optional() })
export type UsherGetScansParamsType = z.infer<typeof UsherGetScansParams>

export const UsherCreateIncident = z
  .object({
    event_id: id,
    type: z.enum(INCIDENT_TYPES),
    note: z.string().trim().min(1).max(4000),
    ticket_id: id.nullish(),
    card_id: id.nullish(),
    /** The `id` POST /usher/incidents/photos answered. */
    photo_id: z.string().trim().min(1).max(500).nullish(),
    /** Or its `url`; either must be a photo uploaded for this event. */
    photo_url: z.string().url({ message: "Field 'photo_url' must be a URL" }).max(2000).nullish(),
  })
  .refine((incident) => !(incident.photo_id && incident.photo_url), {
    message: "Field 'photo_url' must not be given together with photo_id",
    path: ["photo_url"],
  })
export type UsherCreateIncidentType = z.infer<typeof UsherCreateIncident>

/** The form fields that come with the photo (multipart, field `file`). */
export const UsherUploadIncidentPhoto = z.object({ event_id: id })
export type UsherUploadIncidentPhotoType = z.infer<typeof UsherUploadIncidentPhoto>

export const UsherGetSnapshotParams = z.object({
  since: z.string().trim().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(5_000),
})
export type UsherGetSnapshotParamsType = z.infer<typeof UsherGetSnapshotParams>
