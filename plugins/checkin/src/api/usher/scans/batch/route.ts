import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireAccess } from "../../../../gate/access"
import { judgeScans } from "../../../../gate/judge"
import { CHECKIN_MODULE } from "../../../../modules/checkin"
import type CheckinModuleService from "../../../../modules/checkin/service"
import type { ScanAnswer } from "../../../../modules/checkin/types"
import type { UsherCreateScanBatchType, UsherScanType } from "../../validators"

// Short transactions keep online scans of the same tickets from waiting behind a whole offline day.
const CHUNK = 500

/**
 * Queued offline scans: every scan's event must be assigned, then scans are adjudicated in device
 * time order, chunk by chunk, each chunk in one transaction. Answers come back in request order.
 */
export async function POST(req: AuthenticatedMedusaRequest<UsherCreateScanBatchType>, res: MedusaResponse) {
  const { scans, device_id } = req.validatedBody
  const checkin = req.scope.resolve<CheckinModuleService>(CHECKIN_MODULE)
  const indexed = scans.map((scan, index) => ({ scan: { ...scan, device_id: scan.device_id ?? device_id }, index }))

  const byEvent = new Map<string, typeof indexed>()
  for (const item of indexed) {
    const items = byEvent.get(item.scan.event_id)
    if (items) items.push(item)
    else byEvent.set(item.scan.event_id, [item])
  }
  const accesses = new Map(
    await Promise.all(
      [...byEvent.keys()].map(async (eventId) => {
        const first = (byEvent.get(eventId) as typeof indexed)[0]
        return [eventId, await requireAccess(req.scope, req.auth_context.actor_id, eventId, `scans.${first.index}.event_id`)] as const
      })
    )
  )

  const answers: ScanAnswer[] = new Array(scans.length)
  for (const [eventId, items] of byEvent) {
    const ordered = [...items].sort((a, b) => a.scan.scanned_at.getTime() - b.scan.scanned_at.getTime() || a.index - b.index)
    for (let start = 0; start < ordered.length; start += CHUNK) {
      const chunk = ordered.slice(start, start + CHUNK)
      const requests: UsherScanType[] = chunk.map((item) => item.scan)
      const judged = await judgeScans(req.scope, accesses.get(eventId)!, requests, {
        offline: true,
        gateField: (i) => `scans.${chunk[i].index}.gate_id`,
      }) // eslint-disable-line @typescript-eslint/no-non-null-assertion -- every event got its access above
      const recorded = await checkin.recordScans(judged)
      recorded.forEach((answer, i) => (answers[chunk[i].index] = answer))
    }
  }
  res.json({ scans: answers, conflicts: answers.filter((answer) => answer.conflict_id).length })
}
