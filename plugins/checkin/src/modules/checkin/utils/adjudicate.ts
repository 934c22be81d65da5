import { newMedusaId } from "@tessera/credentials/codec"
import type { ScanAnswer, ScanInput, ScanReason } from "../types"
import {
  ADMISSION_HOLDER,
  ADMISSION_HOLDERS,
  CLAIM_SCANS,
  ENTER,
  ENTER_MANY,
  EXIT,
  INSERT_CONFLICTS,
  LOCK_ADMISSIONS,
  SETTLE_SCANS,
  STORED_ANSWERS,
} from "./admission-sql"

/** A ticket a scan may stand for, with what the usher is shown about it. */
export type ScanCandidate = Pick<ScanInput, "ticket_id" | "ticket_code" | "holder_name" | "attendee">

/**
 * A judged scan. A card whose holder has several tickets this gate admits carries them all as
 * `candidates`, oldest first: the scan enters the first that the database lets in (or lets out the
 * first that is inside), each try a conditional statement, so the choice is exactly-once too.
 */
export type GateScan = ScanInput & { candidates?: ScanCandidate[] }

/** Runs one SQL statement (`?` placeholders) in the caller's transaction and returns its rows. */
export type Statements = { execute: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]> }

type ConflictRow = {
  id: string
  event_id: string
  list_id: string
  ticket_id: string
  scan_id: string
  other_scan_id: string | null
  device_id: string | null
  other_device_id: string | null
  usher_id: string
  other_usher_id: string | null
}
type Holder = { state: string; entries: number; last_in_scan_id: string | null; device_id: string | null; usher_id: string | null }

function answerOf(scan: ScanInput, outcome: ScanAnswer["outcome"], reason?: ScanReason, previouslyScanned?: boolean, conflictId?: string): ScanAnswer {
  const attendee = scan.attendee
    ? { ...scan.attendee, previously_scanned: previouslyScanned ?? scan.attendee.previously_scanned }
    : undefined
  return {
    id: scan.id,
    outcome,
    ...(reason ? { reason } : {}),
    ...(attendee ? { attendee } : {}),
    ...(conflictId ? { conflict_id: conflictId } : {}),
  }
}

/**
 * Stores scans and applies their effects in the caller's transaction, in the order given. Each scan
 * id is claimed first (insert … on conflict do nothing), so a scan sent twice, even concurrently,
 * has one effect; every copy gets the stored answer. Returns one answer per input, in order.
 */
export async function adjudicateScans(manager: Statements, input: GateScan[]): Promise<ScanAnswer[]> {
  if (!input.length) return []
  const scans = [...new Map(input.map((scan) => [scan.id, scan])).values()]
  const claimRows = scans.map((scan) => ({ ...scanRow(scan), outcome: scan.rejection ? "rejected" : null, reason: scan.rejection }))
  const claimed = new Set(
    ((await manager.execute(CLAIM_SCANS, [JSON.stringify(claimRows)])) as unknown as { id: string }[]).map((row) => row.id)
  )

  const toApply = scans.filter((scan) => claimed.has(scan.id) && !scan.rejection)
  const keys = [...new Map(toApply.flatMap(tried).map((scan) => [keyOf(scan), scan])).values()]
  if (keys.length > 1) {
    const rows = keys.map((scan) => ({ id: newMedusaId("adm"), list_id: scan.list?.id, ticket_id: scan.ticket_id }))
    await manager.execute(LOCK_ADMISSIONS, [JSON.stringify(rows), scans[0].event_id])
  }

  const answers = new Map<string, ScanAnswer>()
  const conflicts: ConflictRow[] = []
  // Entries of tickets scanned once in this batch do not depend on each other: one statement for all.
  // A card scan with candidates depends on every one of them, so they all go one at a time.
  const perKey = new Map<string, number>()
  toApply.flatMap(tried).forEach((scan) => perKey.set(keyOf(scan), (perKey.get(keyOf(scan)) ?? 0) + (scan.candidates ? 2 : 1)))
  const single = keys.length > 1 ? toApply.filter((scan) => scan.direction === "in" && !scan.candidates && perKey.get(keyOf(scan)) === 1) : []
  if (single.length) await enterMany(manager, single, answers, conflicts)
  for (const scan of scans) {
    if (!claimed.has(scan.id) || answers.has(scan.id)) continue
    answers.set(scan.id, scan.rejection ? answerOf(scan, "rejected", scan.rejection) : await applyScan(manager, scan, conflicts))
  }
  if (conflicts.length) await manager.execute(INSERT_CONFLICTS, [JSON.stringify(conflicts)])
  const settled = scans
    .filter((scan) => claimed.has(scan.id) && !scan.rejection)
    .map((scan) => {
      const answer = answers.get(scan.id) as ScanAnswer
      const ticket = scan.candidates?.find((candidate) => candidate.ticket_id === answer.attendee?.ticket_id) ?? scan
      return {
        id: scan.id,
        outcome: answer.outcome,
        reason: answer.reason ?? null,
        conflict_id: answer.conflict_id ?? null,
        answer,
        ticket_id: ticket.ticket_id,
        ticket_code: ticket.ticket_code,
        holder_name: ticket.holder_name,
      }
    })
  if (settled.length) await manager.execute(SETTLE_SCANS, [JSON.stringify(settled)])

  const unclaimed = scans.filter((scan) => !claimed.has(scan.id)).map((scan) => scan.id)
  if (unclaimed.length) {
    const stored = (await manager.execute(STORED_ANSWERS, [unclaimed])) as unknown as { id: string; answer: ScanAnswer }[]
    stored.forEach((row) => answers.set(row.id, row.answer))
  }
  return input.map((scan) => answers.get(scan.id) as ScanAnswer)
}

/** A scan's log row as the claim statements take it; a scan refused before admission carries its answer. */
function scanRow(scan: ScanInput) {
  return {
    id: scan.id,
    event_id: scan.event_id,
    list_id: scan.list?.id ?? null,
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
    answer: scan.rejection ? answerOf(scan, "rejected", scan.rejection) : null,
  }
}

/** `ADMIT_SCAN`'s argument: one judged scan without candidates, with the ids the function may need. */
export function admitScanArgument(scan: GateScan): string {
  return JSON.stringify({
    ...scanRow(scan),
    allow_reentry: !!scan.list?.allow_reentry,
    rejection: scan.rejection,
    attendee: scan.attendee,
    admission_id: newMedusaId("adm"),
    conflict_id: scan.offline ? newMedusaId("ckc") : null,
  })
}

/** The scan as it would apply to each of its candidate tickets, in order (itself when it has none). */
const tried = (scan: GateScan): GateScan[] => scan.candidates?.map((candidate) => ({ ...scan, ...candidate })) ?? [scan]

/**
 * Admits or lets out a scan whose credential, ticket and list already passed: its candidates in
 * order until the database lets one through; when none, the refusal names the first (the ticket the
 * usher was shown).
 */
async function applyScan(manager: Statements, scan: GateScan, conflicts: ConflictRow[]): Promise<ScanAnswer> {
  const candidates = tried(scan)
  for (const candidate of candidates) {
    const answer = await tryScan(manager, candidate)
    if (answer) return answer
  }
  const [first] = candidates
  const holder = await holderOf(manager, first.list?.id as string, first.ticket_id as string)
  if (first.direction === "out") return answerOf(first, "rejected", "not_admitted", (holder?.entries ?? 0) > 0)
  return refusedEntry(first, holder, conflicts)
}

/** One conditional entry or exit; undefined when the database refused it. */
async function tryScan(manager: Statements, scan: ScanInput): Promise<ScanAnswer | undefined> {
  const list = scan.list as NonNullable<ScanInput["list"]>
  const ticketId = scan.ticket_id as string
  const at = scan.scanned_at.toISOString()
  if (scan.direction === "out") {
    const [exited] = await manager.execute(EXIT, [at, scan.gate_id, list.id, ticketId])
    return exited ? answerOf(scan, "exited", undefined, true) : undefined
  }
  const [entered] = (await manager.execute(ENTER, [
    newMedusaId("adm"),
    scan.event_id,
    list.id,
    ticketId,
    at,
    at,
    scan.id,
    scan.gate_id,
    list.allow_reentry,
  ])) as unknown as { entries: number }[]
  return entered ? answerOf(scan, "admitted", undefined, entered.entries > 1) : undefined
}

/** Enters scans of distinct tickets whose admission rows `LOCK_ADMISSIONS` holds, in one statement. */
async function enterMany(manager: Statements, scans: ScanInput[], answers: Map<string, ScanAnswer>, conflicts: ConflictRow[]) {
  const rows = scans.map((scan) => ({
    scan_id: scan.id,
    list_id: scan.list?.id,
    ticket_id: scan.ticket_id,
    allow_reentry: !!scan.list?.allow_reentry,
    at: scan.scanned_at.toISOString(),
    gate_id: scan.gate_id,
  }))
  const entered = new Map(
    ((await manager.execute(ENTER_MANY, [JSON.stringify(rows)])) as unknown as { scan_id: string; entries: number }[]).map((row) => [
      row.scan_id,
      Number(row.entries),
    ])
  )
  const refused = scans.filter((scan) => !entered.has(scan.id))
  const holders = refused.length
    ? ((await manager.execute(ADMISSION_HOLDERS, [
        JSON.stringify(refused.map((scan) => ({ list_id: scan.list?.id, ticket_id: scan.ticket_id }))),
      ])) as unknown as (Holder & { list_id: string; ticket_id: string })[])
    : []
  for (const scan of scans) {
    const entries = entered.get(scan.id)
    if (entries !== undefined) {
      answers.set(scan.id, answerOf(scan, "admitted", undefined, entries > 1))
      continue
    }
    const holder = holders.find((candidate) => candidate.list_id === scan.list?.id && candidate.ticket_id === scan.ticket_id)
    answers.set(scan.id, refusedEntry(scan, holder, conflicts))
  }
}

/** An entry the database refused: the ticket is (or was, without re-entry) inside already. */
function refusedEntry(scan: ScanInput, holder: Holder | undefined, conflicts: ConflictRow[]): ScanAnswer {
  const list = scan.list as NonNullable<ScanInput["list"]>
  const ticketId = scan.ticket_id as string
  // Online, the usher refuses at the gate. Offline, the device already let the person in: keep both sides.
  if (!scan.offline) return answerOf(scan, "rejected", "already_admitted", true)
  const conflictId = newMedusaId("ckc")
  conflicts.push({
    id: conflictId,
    event_id: scan.event_id,
    list_id: list.id,
    ticket_id: ticketId,
    scan_id: scan.id,
    other_scan_id: holder?.last_in_scan_id ?? null,
    device_id: scan.device_id,
    other_device_id: holder?.device_id ?? null,
    usher_id: scan.usher_id,
    other_usher_id: holder?.usher_id ?? null,
  })
  return answerOf(scan, "rejected", "already_admitted", true, conflictId)
}

const keyOf = (scan: ScanInput) => `${scan.list?.id}|${scan.ticket_id}`

async function holderOf(manager: Statements, listId: string, ticketId: string): Promise<Holder | undefined> {
  const [holder] = (await manager.execute(ADMISSION_HOLDER, [listId, ticketId])) as unknown as Holder[]
  return holder
}
