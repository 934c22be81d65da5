import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CHECKIN_MODULE } from "../../modules/checkin"
import type CheckinModuleService from "../../modules/checkin/service"

const POLL_MS = 1_000
const HEARTBEAT_MS = 15_000

/**
 * Server-sent events for one event's gates. Event ids are scan sequence numbers, so a client that
 * reconnects with Last-Event-ID gets every scan it missed before anything new. The stream reads
 * the database (not process memory), which keeps it correct behind a load balancer.
 * Events: `figures` (counts), `scan` (admitted, exited or rejected), `conflict` (leads and admins).
 */
export async function liveStream(req: MedusaRequest, res: MedusaResponse, eventId: string, { conflicts }: { conflicts: boolean }) {
  const checkin = req.scope.resolve<CheckinModuleService>(CHECKIN_MODULE)
  const resumeFrom = Number(req.get("last-event-id") ?? (req.query as Record<string, unknown>).last_event_id)
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  })
  const send = (event: string, data: unknown, id?: number) =>
    res.write(`${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

  const first = await checkin.figures(eventId)
  let lastSeq = Number.isInteger(resumeFrom) && resumeFrom >= 0 ? resumeFrom : first.last_seq
  let closed = false
  let busy = false
  const pump = async () => {
    if (busy || closed) return
    busy = true
    try {
      for (;;) {
        const scans = await checkin.scansAfter(eventId, lastSeq)
        for (const scan of scans) {
          lastSeq = Number(scan.seq)
          send("scan", scan, lastSeq)
          if (conflicts && scan.conflict_id) send("conflict", scan, lastSeq)
        }
        if (scans.length) send("figures", await checkin.figures(eventId), lastSeq)
        if (scans.length < 200) break
      }
    } catch (error) {
      req.scope.resolve("logger").warn(`checkin stream for ${eventId}: ${(error as Error).message}`)
    } finally {
      busy = false
    }
  }

  res.write(`retry: 2000\n\n`)
  send("figures", first, lastSeq)
  await pump()
  const poll = setInterval(pump, POLL_MS)
  const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), HEARTBEAT_MS)
  req.on("close", () => {
    closed = true
    clearInterval(poll)
    clearInterval(heartbeat)
  })
}
