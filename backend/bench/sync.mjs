// `npm run bench -- sync [--devices 8] [--scans 5000] [--duplicates 0.1]`: P2, offline devices reconciling.
// Starts the platform in production mode (embedded PostgreSQL, free ports, temp data dir), makes enough
// signed tickets on the demo event (see gate.mjs) that `devices × scans` queued offline scans cover them with
// `duplicates` of the tickets scanned on two different devices (a cloned wristband, or two gates that both
// let the same person in while offline). Every device then posts its whole queue to POST /usher/scans/batch
// at the same time; the clock runs from the first request to the last answer. Then the database must hold
// exactly one admission per ticket and one conflict per duplicate, and a replayed batch must change nothing.
// Goal: ≤ 5 s to reconcile. The machine may be shared: the load average is printed with the figures.
import { randomUUID } from "node:crypto"
import { closeSync, openSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { isDeepStrictEqual } from "node:util"
import { call, load, prepareGate } from "./gate.mjs"
import { option, startPlatform } from "./platform.mjs"

/** Device queues: every ticket once, round-robin over devices, then the duplicated ones again on another device. */
function queues(setup, devices, perDevice, duplicateShare) {
  const total = devices * perDevice
  const tickets = Math.round(total / (1 + duplicateShare))
  const order = [...Array(tickets).keys(), ...Array(total - tickets).keys()]
  // tickets % devices must not be 0, or a duplicate would land on its own device
  if (tickets % devices === 0) throw new Error("pick --scans so the ticket count is not a multiple of --devices")
  const start = Date.parse("2027-06-01T17:00:00Z")
  const byDevice = Array.from({ length: devices }, () => [])
  order.forEach((ticket, position) => {
    byDevice[position % devices].push({
      id: randomUUID(),
      event_id: setup.eventId,
      direction: "in",
      credential: setup.credentials[ticket],
      // a device scans its queue over two hours; the two scans of a duplicate are at unrelated times
      scanned_at: new Date(start + Math.floor(Math.random() * 7_200_000)).toISOString(),
    })
  })
  return { tickets, duplicates: total - tickets, byDevice }
}

export default async function run(args) {
  const devices = option(args, "devices", 8)
  const perDevice = option(args, "scans", 5000)
  const duplicateShare = option(args, "duplicates", 0.1)
  const logFile = join(tmpdir(), `tessera-bench-sync-${Date.now()}.log`)
  const logFd = openSync(logFile, "w")
  console.log(`[sync] server log: ${logFile}`)
  const platform = await startPlatform("sync", { stdio: ["ignore", logFd, logFd] }).finally(() => closeSync(logFd))
  let setup
  try {
    const ticketCount = Math.round((devices * perDevice) / (1 + duplicateShare))
    console.log(`[sync] signing ${ticketCount} tickets…`)
    setup = await prepareGate(platform, ticketCount)
    const plan = queues(setup, devices, perDevice, duplicateShare)
    const post = (queue, device) =>
      call(`${platform.url}/usher/scans/batch`, { method: "POST", token: setup.token, body: { device_id: `device-${device}`, scans: queue } })

    console.log(`[sync] load before: ${load()}`)
    const started = performance.now()
    const answers = await Promise.all(plan.byDevice.map((queue, device) => post(queue, device)))
    const seconds = (performance.now() - started) / 1000
    console.log(`[sync] load after: ${load()}`)

    const outcomes = {}
    answers.flatMap((answer) => answer.scans).forEach((scan) => (outcomes[scan.outcome] = (outcomes[scan.outcome] ?? 0) + 1))
    const reported = answers.reduce((sum, answer) => sum + answer.conflicts, 0)
    const counts = async () =>
      (
        await setup.db.query(
          `select (select count(*)::int from checkin_admission where list_id = $2) as admissions,
                  (select count(*)::int from checkin_admission where list_id = $2 and entries = 1) as once,
                  (select count(*)::int from checkin_conflict where event_id = $1) as conflicts,
                  (select count(distinct ticket_id)::int from checkin_conflict where event_id = $1) as conflicted_tickets,
                  (select count(*)::int from checkin_scan where event_id = $1) as scans`,
          [setup.eventId, setup.gate.list_id]
        )
      ).rows[0]
    const stored = await counts()
    const replayStarted = performance.now()
    const replay = await post(plan.byDevice[0], 0)
    const replaySeconds = (performance.now() - replayStarted) / 1000
    const afterReplay = await counts()
    // stored answers come back from jsonb, whose key order differs: compare values, not text
    const replayIdentical = isDeepStrictEqual(replay, answers[0])

    console.log("")
    console.log(`P2 — ${devices} devices × ${perDevice} queued scans, ${plan.tickets} tickets, ${plan.duplicates} scanned on two devices (${new Date().toISOString()}, load ${load()})`)
    console.log("| measure | value | goal |")
    console.log("|---|---:|---|")
    console.log(`| reconcile all batches (first request → last answer) | ${seconds.toFixed(2)} s (${((devices * perDevice) / seconds).toFixed(0)} scans/s) | ≤ 5 s: ${seconds <= 5 ? "met" : "not met"} |`)
    console.log(`| admissions / tickets | ${stored.admissions} / ${plan.tickets} (${stored.once} exactly once) | one per ticket: ${stored.admissions === plan.tickets && stored.once === plan.tickets ? "met" : "NOT MET"} |`)
    console.log(`| conflicts stored / reported / duplicates | ${stored.conflicts} / ${reported} / ${plan.duplicates} (${stored.conflicted_tickets} tickets) | every duplicate a conflict: ${stored.conflicts === plan.duplicates && reported === plan.duplicates ? "met" : "NOT MET"} |`)
    console.log(`| replay of one device's batch | ${replaySeconds.toFixed(2)} s, identical answers: ${replayIdentical}, new rows: ${afterReplay.scans - stored.scans + afterReplay.conflicts - stored.conflicts} | identical, none |`)
    console.log(`outcomes: ${JSON.stringify(outcomes)}`)
    const ok = stored.admissions === plan.tickets && stored.conflicts === plan.duplicates && replayIdentical && afterReplay.scans === stored.scans
    if (!ok) process.exitCode = 1
  } finally {
    await setup?.db.end().catch(() => {})
    await platform.stop()
  }
}
