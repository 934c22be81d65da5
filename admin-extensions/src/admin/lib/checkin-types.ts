/** Response shapes of the check-in and event admin routes. Kept free of server imports. */

export type TesseraEventStatus = "draft" | "published" | "ended" | "cancelled"

export type TesseraEvent = {
  id: string
  title: string
  status: TesseraEventStatus
  starts_at: string
}

export type AdminEventListResponse = { events: TesseraEvent[]; count: number }

export type ScanningStatus = "open" | "closed"

export type GateFigures = { gate_id: string; admitted: number; exited: number; rejected: number }

export type CheckinFigures = {
  event_id: string
  admitted: number
  inside: number
  gates: GateFigures[]
  conflicts: { open: number; total: number }
  last_seq: number
}

export type AdminCheckinResponse = { checkin: CheckinFigures & { status: ScanningStatus } }

export type CheckinGate = { id: string; name: string }

export type AdminCheckinGateListResponse = { gates: CheckinGate[]; count: number }

export const SCAN_OUTCOMES = ["admitted", "exited", "rejected"] as const
export type ScanOutcome = (typeof SCAN_OUTCOMES)[number]

export type Scan = {
  id: string
  seq: number | string
  gate_id: string | null
  usher_id: string
  device_id: string | null
  direction: "in" | "out"
  outcome: ScanOutcome
  reason: string | null
  ticket_id: string | null
  ticket_code: string | null
  card_id: string | null
  holder_name: string | null
  scanned_at: string
  offline: boolean
  conflict_id: string | null
}

export type AdminScanListResponse = { scans: Scan[]; count: number; offset: number; limit: number }

export type ConflictStatus = "open" | "resolved"

export type Conflict = {
  id: string
  ticket_id: string
  scan_id: string
  other_scan_id: string | null
  device_id: string | null
  other_device_id: string | null
  usher_id: string
  other_usher_id: string | null
  status: ConflictStatus
  resolution_note: string | null
  resolved_at: string | null
  created_at: string
  /** As the scans recorded them: who the ticket was for, so the table shows people. */
  ticket_code: string | null
  holder_name: string | null
  /** The later scan (the offending one) and the earlier one it collided with. */
  scanned_at: string | null
  gate_id: string | null
  usher_name: string | null
  other_scanned_at: string | null
  other_gate_id: string | null
  other_usher_name: string | null
}

export type AdminConflictListResponse = { conflicts: Conflict[]; count: number; offset: number; limit: number }

export type AdminConflictResponse = { conflict: Conflict }

export type Usher = { id: string; name: string; email: string }

export type AdminUsherListResponse = { ushers: Usher[]; count: number }

export type UsherRole = "usher" | "lead"

/** A check-in list: what a set of gates admits (no ticket types = every type of the event). */
export type CheckinList = {
  id: string
  name: string
  ticket_type_ids: string[] | null
  allow_reentry: boolean
  opens_at: string | null
  closes_at: string | null
  gates: CheckinGate[]
}

export type AdminCheckinListListResponse = { checkin_lists: CheckinList[]; count: number }

export type NewCheckinList = {
  name: string
  ticket_type_ids: string[]
  allow_reentry: boolean
  opens_at: string | null
  closes_at: string | null
}

export type UsherAssignment = {
  id: string
  event_id: string
  role: UsherRole
  /** Gates the usher scans at; empty or null means every gate. */
  gate_ids: string[] | null
  usher: Usher
}

export type AdminAssignmentListResponse = { assignments: UsherAssignment[]; count: number }

export type NewUsher = { name: string; email: string; password: string; phone?: string }

export type TicketTypeSummary = { id: string; name: string }

export type AdminEventTicketTypesResponse = { event: { id: string; ticket_types: TicketTypeSummary[] } }
