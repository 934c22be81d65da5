import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { runPrepared } from "@tessera/credentials/sql"
import { Admission } from "./models/admission"
import { AttendeeProfile } from "./models/attendee-profile"
import { CheckinGate } from "./models/checkin-gate"
import { CheckinList } from "./models/checkin-list"
import { Conflict } from "./models/conflict"
import { Incident } from "./models/incident"
import { Scan } from "./models/scan"
import { ScanningState } from "./models/scanning-state"
import { Usher } from "./models/usher"
import { UsherAssignment } from "./models/usher-assignment"
import type { ScanAnswer, ScanInput, UsherAccess } from "./types"
import { adjudicateScans, admitScanArgument, type GateScan } from "./utils/adjudicate"
import { ADMIT_SCAN, GATE_PROFILES, USHER_ACCESS } from "./utils/admission-sql"

/** Live figures of one event's gates. */
export type CheckinFigures = {
  event_id: string
  /** Tickets admitted at least once. */
  admitted: number
  /** Tickets inside right now. */
  inside: number
  gates: { gate_id: string; admitted: number; exited: number; rejected: number }[]
  conflicts: { open: number; total: number }
  /** The highest settled scan sequence: where a live stream starts. */
  last_seq: number
}

export type GateProfileRow = {
  customer_id: string
  photo_url: string | null
  emergency_contact_name: string | null
  emergency_contact_phone: string | null
  blood_type: string | null
  needs_attention: boolean
  attention_note: string | null
}

export type AdmissionCount = { event_id: string; checked_in: number; inside: number }

const toInt = (value: unknown) => Number(value ?? 0)
/** A deadlock, or `checkin_admit_scan` finding its scan stored by a concurrent copy (see its migration). */
const RETRYABLE = new Set(["40P01", "TS409"])

/** Runs a whole transaction again after it rolled back entirely, claims included, so that is safe. */
async function retryRolledBack<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      if (!RETRYABLE.has((error as { code?: string }).code ?? "") || attempt >= attempts) throw error
    }
  }
}

export default class CheckinModuleService extends MedusaService({
  Usher,
  UsherAssignment,
  CheckinList,
  CheckinGate,
  ScanningState,
  Admission,
  Scan,
  Conflict,
  Incident,
  AttendeeProfile,
}) {
  /** The usher's assignment at an event with its gates, or undefined when not assigned: one query, on every scan. */
  @InjectManager()
  async usherAccess(usherId: string, eventId: string, @MedusaContext() context: Context = {}): Promise<UsherAccess | undefined> {
    const [row] = await runPrepared<UsherAccess>((context.manager as SqlEntityManager).getKnex(), USHER_ACCESS, [usherId, eventId])
    return row
  }

  /** Attendee profiles of the given customers, as the gate shows them: one plain read on the scan path. */
  @InjectManager()
  async gateProfiles(customerIds: string[], @MedusaContext() context: Context = {}): Promise<GateProfileRow[]> {
    if (!customerIds.length) return []
    return runPrepared<GateProfileRow>((context.manager as SqlEntityManager).getKnex(), GATE_PROFILES, [customerIds])
  }

  /**
   * Stores scans and applies their admissions and exits, exactly once per scan id, in the given
   * order, in one transaction. Offline admissions of a ticket already inside become conflicts.
   */
  @InjectManager()
  async recordScans(scans: ScanInput[], @MedusaContext() context: Context = {}): Promise<ScanAnswer[]> {
    // A plain knex transaction: the ORM's unit of work cost several ms per scan on the gate's hot path,
    // and these statements need none of it.
    const knex = (context.manager as SqlEntityManager).getKnex()
    return retryRolledBack(() =>
      knex.transaction((trx) =>
        // knex types its bindings with a type the framework does not re-export
        adjudicateScans({ execute: async (sql, params) => (await trx.raw(sql, params as never[])).rows }, scans)
      )
    )
  }

  /**
   * One scan as one statement: the same claim, conditional entry or exit and settlement as
   * `recordScans`, inside the database function `checkin_admit_scan`. A card scan that may stand for
   * several tickets tries them in turn, which only `recordScans` does.
   */
  @InjectManager()
  async recordScan(scan: GateScan, @MedusaContext() context: Context = {}): Promise<ScanAnswer> {
    if (scan.candidates?.length) return (await this.recordScans([scan], context))[0]
    const knex = (context.manager as SqlEntityManager).getKnex()
    const [row] = await retryRolledBack(() => runPrepared<{ answer: ScanAnswer }>(knex, ADMIT_SCAN, [admitScanArgument(scan)]))
    return row.answer
  }

  /**
   * How many tickets each event has checked in (admitted at least once on any list) and how many are
   * inside now. The organizer dashboard's `checked_in`; events without admissions answer zeros.
   */
  @InjectManager()
  async countAdmissions(eventIds: string[], @MedusaContext() context: Context = {}): Promise<AdmissionCount[]> {
    if (!eventIds.length) return []
    const manager = context.manager as SqlEntityManager
    const rows = (await manager.execute(
      `select event_id, count(distinct ticket_id) filter (where entries > 0) as checked_in,
         count(distinct ticket_id) filter (where state = 'inside') as inside
       from checkin_admission where event_id in (?) and deleted_at is null group by event_id`,
      [eventIds]
    )) as { event_id: string; checked_in: string; inside: string }[]
    const byEvent = new Map(rows.map((row) => [row.event_id, row]))
    return eventIds.map((id) => ({ event_id: id, checked_in: toInt(byEvent.get(id)?.checked_in), inside: toInt(byEvent.get(id)?.inside) }))
  }

  /** Admitted, inside, per-gate and conflict figures of one event. */
  @InjectManager()
  async figures(eventId: string, @MedusaContext() context: Context = {}): Promise<CheckinFigures> {
    const manager = context.manager as SqlEntityManager
    const [[counts], gates, [conflicts], [seq]] = await Promise.all([
      this.countAdmissions([eventId], context),
      manager.execute(
        `select gate_id, count(*) filter (where outcome = 'admitted') as admitted,
           count(*) filter (where outcome = 'exited') as exited, count(*) filter (where outcome = 'rejected') as rejected
         from checkin_scan where event_id = ? and gate_id is not null and deleted_at is null group by gate_id order by gate_id`,
        [eventId]
      ),
      manager.execute(
        `select count(*) filter (where status = 'open') as open, count(*) as total
         from checkin_conflict where event_id = ? and deleted_at is null`,
        [eventId]
      ),
      // settled scans only, like scansAfter, so a stream starting here misses none committing late
      manager.execute(
        `select coalesce(max(seq), 0) as last_seq from checkin_scan where event_id = ? and created_at < now() - interval '2 seconds'`,
        [eventId]
      ),
    ])
    return {
      event_id: eventId,
      admitted: counts.checked_in,
      inside: counts.inside,
      gates: (gates as Record<string, unknown>[]).map((row) => ({
        gate_id: row.gate_id as string,
        admitted: toInt(row.admitted),
        exited: toInt(row.exited),
        rejected: toInt(row.rejected),
      })),
      conflicts: { open: toInt(conflicts.open), total: toInt(conflicts.total) },
      last_seq: toInt(seq.last_seq),
    }
  }

  /**
   * Settled scans of an event after a sequence number, oldest first: what the live stream sends.
   * Sequence numbers are taken at insert but become visible at commit, so a scan is only handed out
   * once its transaction is safely past (`settleMs`): a resume by sequence then skips nothing.
   */
  @InjectManager()
  async scansAfter(eventId: string, afterSeq: number, limit = 200, settleMs = 2_000, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    return (await manager.execute(
      `select id, seq, gate_id, usher_id, device_id, direction, outcome, reason, ticket_id, holder_name, conflict_id,
         scanned_at, offline
       from checkin_scan where event_id = ? and seq > ? and outcome is not null and deleted_at is null
         and created_at < now() - make_interval(secs => ?)
       order by seq limit ?`,
      [eventId, afterSeq, settleMs / 1000, limit]
    )) as Record<string, unknown>[]
  }

  /** Marks a conflict resolved with a note; resolving twice keeps the first resolution. */
  @InjectTransactionManager()
  async resolveConflict(id: string, eventId: string, note: string, resolvedBy: string, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    const [conflict] = await this.listConflicts({ id, event_id: eventId }, {}, context)
    if (!conflict) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Conflict ${id} was not found`)
    await manager.execute(
      `update checkin_conflict set status = 'resolved', resolution_note = ?, resolved_by = ?, resolved_at = now(), updated_at = now()
       where id = ? and status = 'open'`,
      [note, resolvedBy, id]
    )
    const [resolved] = await this.listConflicts({ id }, {}, context)
    return resolved
  }
}
