import { newMedusaId } from "@tessera/credentials/codec"
import type { ScanAnswer, ScanInput } from "../types"

/** A ticket a scan may stand for, with what the usher is shown about it. */
export type ScanCandidate = Pick<ScanInput, "ticket_id" | "ticket_code" | "holder_name" | "attendee">

/**
 * A judged scan. A card whose holder has several tickets this gate admits carries them all as
 * `candidates`, oldest first: the scan enters the first that the database lets in (or lets out the
 * first that is inside), each try a conditional statement, so the choice is exactly-once too.
 */
export type GateScan = ScanInput & { candidates?: ScanCandidate[] }

/** The stored answer of a scan refused before admission (credential, ticket, list or window). */
function rejectionAnswer(scan: ScanInput): ScanAnswer {
  return {
    id: scan.id,
    outcome: "rejected",
    ...(scan.rejection ? { reason: scan.rejection } : {}),
    ...(scan.attendee ? { attendee: scan.attendee } : {}),
  }
}

/**
 * A judged scan as the database functions `checkin_admit_scan` / `checkin_record_scans` take it (made
 * by the check-in module's migration): the scan, its list, its candidate tickets, and the ids a new
 * admission row or conflict would get, drawn here so every id is a Medusa-shaped one.
 */
export function scanArgument(scan: GateScan) {
  return {
    id: scan.id,
    event_id: scan.event_id,
    list_id: scan.list?.id ?? null,
    allow_reentry: !!scan.list?.allow_reentry,
    gate_id: scan.gate_id,
    usher_id: scan.usher_id,
    device_id: scan.device_id,
    direction: scan.direction,
    ticket_id: scan.ticket_id,
    ticket_code: scan.ticket_code,
    card_id: scan.card_id,
    holder_name: scan.holder_name,
    scanned_at: scan.scanned_at.toISOString(),
    offline: scan.offline,
    rejection: scan.rejection,
    answer: scan.rejection ? rejectionAnswer(scan) : null,
    attendee: scan.attendee,
    candidates: scan.candidates?.map((candidate) => ({ ...candidate, admission_id: newMedusaId("adm") })) ?? null,
    admission_id: newMedusaId("adm"),
    conflict_id: scan.offline ? newMedusaId("ckc") : null,
  }
}
