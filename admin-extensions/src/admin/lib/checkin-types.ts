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
}

export type AdminConflictListResponse = { conflicts: Conflict[]; count: number; offset: number; limit: number }

export type AdminConflictResponse = { conflict: Conflict }

export type Usher = { id: string; name: string; email: string }

export type AdminUsherListResponse = { ushers: Usher[]; count: number }
