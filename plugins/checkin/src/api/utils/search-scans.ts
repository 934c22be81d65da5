import { z } from "@medusajs/framework/zod"
import { SCAN_OUTCOMES } from "../../modules/checkin/models/scan"
import type CheckinModuleService from "../../modules/checkin/service"

const id = z.string().trim().min(1).max(100)

/** The scan log's search, for ushers (10 per page) and admins alike. */
export const scanSearchParams = (maxLimit: number) =>
  z.object({
    /** A ticket code, card id or ticket id (exact), or part of the attendee's name. */
    q: z.string().trim().min(1).max(100).optional(),
    card_id: id.optional(),
    code: id.optional(),
    name: z.string().trim().min(1).max(100).optional(),
    usher_id: id.optional(),
    outcome: z.enum(SCAN_OUTCOMES).optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(maxLimit).default(10),
  })
export type ScanSearch = z.infer<ReturnType<typeof scanSearchParams>>

const SCAN_FIELDS = [
  "id",
  "seq",
  "event_id",
  "gate_id",
  "list_id",
  "usher_id",
  "device_id",
  "direction",
  "outcome",
  "reason",
  "ticket_id",
  "ticket_code",
  "card_id",
  "holder_name",
  "scanned_at",
  "received_at",
  "offline",
  "conflict_id",
]

/** The scan log of some events, newest first, searched by card, code, attendee name, usher or outcome. */
export async function searchScans(checkin: CheckinModuleService, eventIds: string[], params: ScanSearch) {
  if (!eventIds.length) return { scans: [], count: 0, offset: params.offset, limit: params.limit }
  const like = (text: string) => ({ $ilike: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` })
  const filters: Record<string, unknown> = {
    event_id: eventIds,
    outcome: { $ne: null },
    ...(params.usher_id ? { usher_id: params.usher_id } : {}),
    ...(params.outcome ? { outcome: params.outcome } : {}),
    ...(params.card_id ? { card_id: params.card_id } : {}),
    ...(params.code ? { ticket_code: params.code } : {}),
    ...(params.name ? { holder_name: like(params.name) } : {}),
    ...(params.q
      ? {
          $or: [
            { ticket_code: params.q },
            { card_id: params.q },
            { ticket_id: params.q },
            { holder_name: like(params.q) },
          ],
        }
      : {}),
  }
  const [scans, count] = await checkin.listAndCountScans(filters, {
    select: SCAN_FIELDS,
    order: { seq: "DESC" },
    skip: params.offset,
    take: params.limit,
  })
  return { scans, count, offset: params.offset, limit: params.limit }
}
