/** Shapes the gate pipeline, the routes and the service share. */

export type ScanDirection = "in" | "out"
export type ScanOutcome = "admitted" | "exited" | "rejected"

export const SCAN_REASONS = [
  "not_found",
  "invalid",
  "forged",
  "revoked",
  "wrong_event",
  "not_open",
  "blocked",
  "already_admitted",
  "not_admitted",
] as const
export type ScanReason = (typeof SCAN_REASONS)[number]

export type AttendeeCard = {
  ticket_id: string
  code: string
  name: string | null
  photo_url: string | null
  tier: string | null
  ticket_type: string | null
  status: string
  previously_scanned: boolean
  emergency_contact: { name: string | null; phone: string | null } | null
  blood_type: string | null
  dependents: { id: string; name: string; relation: string }[]
  needs_attention: boolean
  attention_note: string | null
}

export type ScanAnswer = {
  id: string
  outcome: ScanOutcome
  reason?: ScanReason
  attendee?: AttendeeCard
  /** Set when an offline admission collided with an earlier one. */
  conflict_id?: string
}

/** One check-in list as a gate applies it. */
export type GateList = {
  gate_id: string
  gate_name: string
  list_id: string
  ticket_type_ids: string[] | null
  allow_reentry: boolean
  opens_at: string | null
  closes_at: string | null
}

/** What an usher may do at an event: read in one query on every scan. */
export type UsherAccess = {
  usher_id: string
  event_id: string
  role: "usher" | "lead"
  gate_ids: string[] | null
  scanning: "open" | "closed"
  gates: GateList[]
}

/** A scan ready to be stored, with its verdict so far. */
export type ScanInput = {
  id: string
  event_id: string
  usher_id: string
  device_id: string | null
  direction: ScanDirection
  scanned_at: Date
  offline: boolean
  gate_id: string | null
  list: { id: string; allow_reentry: boolean } | null
  ticket_id: string | null
  ticket_code: string | null
  card_id: string | null
  holder_name: string | null
  /** Set when the scan is refused before admission (credential, ticket, list or window). */
  rejection: ScanReason | null
  attendee: AttendeeCard | null
}
