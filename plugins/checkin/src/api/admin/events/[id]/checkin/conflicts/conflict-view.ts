import type { MedusaContainer } from "@medusajs/framework/types"
import { checkinOf } from "../../../../helpers"

type ConflictRow = { scan_id: string; other_scan_id: string | null; usher_id: string; other_usher_id: string | null }

/**
 * Conflicts as people read them: the ticket's code and holder (as the scans recorded them), when each
 * scan was made, and the ushers' names. Two reads whatever the number of conflicts.
 */
export async function conflictViews<C extends ConflictRow>(scope: MedusaContainer, conflicts: C[]) {
  if (!conflicts.length) return []
  const checkin = checkinOf(scope)
  const scanIds = conflicts.flatMap((c) => (c.other_scan_id ? [c.scan_id, c.other_scan_id] : [c.scan_id]))
  const usherIds = [...new Set(conflicts.flatMap((c) => (c.other_usher_id ? [c.usher_id, c.other_usher_id] : [c.usher_id])))]
  const [scans, ushers] = await Promise.all([
    checkin.listScans({ id: scanIds }, { select: ["id", "ticket_code", "holder_name", "scanned_at", "gate_id"] }),
    checkin.listUshers({ id: usherIds }, { select: ["id", "name"] }),
  ])
  const scanOf = new Map(scans.map((scan) => [scan.id, scan]))
  const usherName = new Map(ushers.map((usher) => [usher.id, usher.name]))
  return conflicts.map((conflict) => {
    const scan = scanOf.get(conflict.scan_id)
    const other = conflict.other_scan_id ? scanOf.get(conflict.other_scan_id) : undefined
    return {
      ...conflict,
      // the later scan read the same ticket; the first one fills in when the later lacks a field
      ticket_code: scan?.ticket_code ?? other?.ticket_code ?? null,
      holder_name: scan?.holder_name ?? other?.holder_name ?? null,
      scanned_at: scan?.scanned_at ?? null,
      gate_id: scan?.gate_id ?? null,
      other_scanned_at: other?.scanned_at ?? null,
      other_gate_id: other?.gate_id ?? null,
      usher_name: usherName.get(conflict.usher_id) ?? null,
      other_usher_name: conflict.other_usher_id ? usherName.get(conflict.other_usher_id) ?? null : null,
    }
  })
}
