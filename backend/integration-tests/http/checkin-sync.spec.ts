import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../utils/fixtures"
import {
  type Api,
  countRows,
  credentialOf,
  type EventsService,
  gateEvent,
  type Headers,
  scanBody,
  usherHeaders,
} from "../utils/checkin-fixtures"

type StreamEvent = { id?: string; event: string; data: Record<string, unknown> }

/** Reads server-sent events until `enough` holds (or the deadline passes), then disconnects. */
async function readStream(url: string, headers: Record<string, string>, enough: (events: StreamEvent[]) => boolean, timeoutMs = 15_000) {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), timeoutMs)
  const events: StreamEvent[] = []
  try {
    const response = await fetch(url, { headers, signal: abort.signal })
    expect(response.headers.get("content-type")).toContain("text/event-stream")
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const decoder = new TextDecoder()
    let buffer = ""
    while (!enough(events)) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += decoder.decode(value, { stream: true })
      let end: number
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const fields = Object.fromEntries(block.split("\n").filter((line) => !line.startsWith(":")).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]))
        if (fields.event) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) })
      }
    }
  } catch (error) {
    if ((error as Error).name !== "AbortError") throw error
  } finally {
    clearTimeout(timer)
    abort.abort()
  }
  return events
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api & { defaults: { baseURL: string } }
    let container: MedusaContainer
    let admin: Headers
    let setup: Awaited<ReturnType<typeof gateEvent>>
    let north: Headers & { id: string }
    let south: Headers & { id: string }

    const events = () => container.resolve<EventsService>("events")
    const failed = (error: { response: { status: number; data: unknown } }) => error.response
    const at = (minute: number) => new Date(Date.UTC(2027, 5, 1, 18, minute)).toISOString()

    async function makeUsher(email: string, role: "usher" | "lead") {
      const { data } = await client.post("/admin/ushers", { name: email.split("@")[0], email, password: "gate-pass-123" }, admin)
      await client.post(`/admin/events/${setup.main.id}/checkin/assignments`, { usher_id: data.usher.id, role, gate_ids: [setup.gates.north.id] }, admin)
      return { id: data.usher.id as string, ...usherHeaders(container, data.usher.id) }
    }
    const offline = (credential: string, minute: number, extra: Record<string, unknown> = {}) =>
      scanBody(setup.main.id, credential, { scanned_at: at(minute), gate_id: setup.gates.north.id, device_id: undefined, ...extra })

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
      setup = await gateEvent(container, { tickets: 4 })
      north = await makeUsher("north@gate.test", "usher")
      south = await makeUsher("south@gate.test", "lead")
    })

    describe("POST /usher/scans/batch", () => {
      it("should adjudicate in device time, keep an offline double admission as a conflict, and replay to the same answers", async () => {
        const [t0, t1, t2, t3] = await Promise.all(setup.tickets.ga.map((ticket) => credentialOf(container, ticket)))
        const deviceA = [offline(t1, 5), offline(t0, 1), offline(t3, 9, { direction: "out" }), offline(t3, 8)]
        const deviceB = [offline(t0, 2), offline(t2, 3), offline("TS1:garbage", 4)]

        const a = await client.post("/usher/scans/batch", { device_id: "device-a", scans: deviceA }, north)
        expect(a.data.scans.map((scan: { outcome: string }) => scan.outcome)).toEqual(["admitted", "admitted", "exited", "admitted"])
        expect(a.data.conflicts).toBe(0)

        const b = await client.post("/usher/scans/batch", { device_id: "device-b", scans: deviceB }, south)
        expect(b.data.scans).toMatchObject([
          { id: deviceB[0].id, outcome: "rejected", reason: "already_admitted", conflict_id: expect.any(String) },
          { id: deviceB[1].id, outcome: "admitted" },
          { id: deviceB[2].id, outcome: "rejected", reason: "forged" },
        ])
        expect(b.data.conflicts).toBe(1)

        const { data: conflicts } = await client.get(`/admin/events/${setup.main.id}/checkin/conflicts`, admin)
        expect(conflicts.count).toBe(1)
        expect(conflicts.conflicts[0]).toMatchObject({
          id: b.data.scans[0].conflict_id,
          ticket_id: setup.tickets.ga[0].id,
          scan_id: deviceB[0].id,
          other_scan_id: deviceA[1].id,
          device_id: "device-b",
          other_device_id: "device-a",
          usher_id: south.id,
          other_usher_id: north.id,
          status: "open",
          ticket_code: setup.tickets.ga[0].code,
          holder_name: "Ada Lovelace",
          scanned_at: at(2),
          other_scanned_at: at(1),
          gate_id: setup.gates.north.id,
          usher_name: "south",
          other_usher_name: "north",
        })

        const rows = async () => ({
          scans: await countRows(container, "checkin_scan"),
          admissions: await countRows(container, "checkin_admission"),
          conflicts: await countRows(container, "checkin_conflict"),
          entries: await countRows(container, "checkin_admission", "entries > 1"),
        })
        const before = await rows()
        expect(before).toEqual({ scans: 7, admissions: 4, conflicts: 1, entries: 0 })
        const [againA, againB] = await Promise.all([
          client.post("/usher/scans/batch", { device_id: "device-a", scans: deviceA }, north),
          client.post("/usher/scans/batch", { device_id: "device-b", scans: deviceB }, south),
        ])
        expect(againA.data).toEqual(a.data)
        expect(againB.data).toEqual(b.data)
        expect(await rows()).toEqual(before)

        const resolved = await client.post(
          `/admin/events/${setup.main.id}/checkin/conflicts/${b.data.scans[0].conflict_id}/resolve`,
          { note: "Same person; second wristband confiscated" },
          admin
        )
        expect(resolved.data.conflict).toMatchObject({
          status: "resolved",
          resolution_note: "Same person; second wristband confiscated",
          ticket_code: setup.tickets.ga[0].code,
          holder_name: "Ada Lovelace",
        })
        const figures = (await client.get(`/admin/events/${setup.main.id}/checkin`, admin)).data.checkin
        expect(figures).toMatchObject({ admitted: 4, inside: 3, conflicts: { open: 0, total: 1 } })
      })

      it("should reconcile two devices that scanned the same tickets in opposite orders, concurrently, without deadlock", async () => {
        const extra = await events().issueTicketUnits(
          Array.from({ length: 30 }, (_, unit) => ({
            order_id: "order_both",
            line_item_id: "line_both",
            unit_index: unit,
            event_id: setup.main.id,
            ticket_type_id: setup.main.ticket_types[0].id,
            holder_name: `Guest ${unit}`,
          }))
        )
        const credentials = await Promise.all(extra.map((ticket) => credentialOf(container, ticket)))
        const deviceA = credentials.map((credential, i) => offline(credential, i))
        const deviceB = credentials.map((credential, i) => offline(credential, 59 - i))
        const [a, b] = await Promise.all([
          client.post("/usher/scans/batch", { device_id: "device-a", scans: deviceA }, north),
          client.post("/usher/scans/batch", { device_id: "device-b", scans: deviceB }, south),
        ])
        const answers = [...a.data.scans, ...b.data.scans]
        expect(answers.filter((answer) => answer.outcome === "admitted")).toHaveLength(30)
        expect(a.data.conflicts + b.data.conflicts).toBe(30)
        expect(await countRows(container, "checkin_admission", "entries = 1")).toBe(30)
        expect(await countRows(container, "checkin_conflict")).toBe(30)
      })

      it("should refuse a batch with an unassigned event or a bad scan, naming the scan, and store nothing", async () => {
        const credential = await credentialOf(container, setup.tickets.ga[0])
        const foreign = await client
          .post("/usher/scans/batch", { scans: [offline(credential, 1), { ...offline(credential, 2), event_id: setup.other.id }] }, north)
          .catch(failed)
        expect(foreign.status).toBe(403)
        expect(foreign.data.field).toBe("scans.1.event_id")
        const bad = await client.post("/usher/scans/batch", { scans: [offline(credential, 1), { ...offline(credential, 2), direction: "up" }] }, north).catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.field).toBe("scans.1.direction")
        expect(await countRows(container, "checkin_scan")).toBe(0)
      })
    })

    describe("GET /usher/events/:id/snapshot", () => {
      it("should give keys, gates, tickets and admissions, page them, then send only what changed", async () => {
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex.raw("update ticket set updated_at = now() - interval '1 hour'")
        await client.post("/usher/scans", scanBody(setup.main.id, await credentialOf(container, setup.tickets.ga[0])), north)

        const first = (await client.get(`/usher/events/${setup.main.id}/snapshot?limit=3`, north)).data.snapshot
        expect(first).toMatchObject({ event_id: setup.main.id, full: true, has_more: true, scanning: "open" })
        expect(first.keys).toEqual([expect.objectContaining({ kid: expect.any(String), public_key: expect.any(String), status: "active" })])
        expect(first.gates.map((gate: { gate_id: string }) => gate.gate_id).sort()).toEqual([setup.gates.north.id, setup.gates.vip.id].sort())
        expect(first.admissions).toEqual([expect.objectContaining({ ticket_id: setup.tickets.ga[0].id, state: "inside" })])
        expect(first.tickets).toHaveLength(3)
        expect(JSON.stringify(first)).not.toContain("sealed")

        const second = (await client.get(`/usher/events/${setup.main.id}/snapshot?limit=3&since=${first.next_cursor}`, north)).data.snapshot
        expect(second).toMatchObject({ has_more: false, full: true })
        expect(second.keys).toBeUndefined()
        const all = [...first.tickets, ...second.tickets].map((ticket: { id: string }) => ticket.id)
        expect(all.sort()).toEqual([...setup.tickets.ga, ...setup.tickets.vip].map((ticket) => ticket.id).sort())

        const [voided] = await events().voidTickets([setup.tickets.ga[2].id])
        const delta = (await client.get(`/usher/events/${setup.main.id}/snapshot?since=${second.next_cursor}`, north)).data.snapshot
        expect(delta.full).toBe(false)
        expect(delta.tickets).toEqual([expect.objectContaining({ id: voided.id, version: voided.version, status: "void" })])

        const refused = await client.get(`/usher/events/${setup.other.id}/snapshot`, north).catch(failed)
        expect(refused.status).toBe(403)
        const badCursor = await client.get(`/usher/events/${setup.main.id}/snapshot?since=nonsense`, north).catch(failed)
        expect(badCursor.status).toBe(400)
        expect(badCursor.data.field).toBe("since")
      })
    })

    describe("GET /usher/events/:id/stream", () => {
      it("should push admissions and figures, conflicts to leads, and resume after Last-Event-ID", async () => {
        const url = `${client.defaults.baseURL}/usher/events/${setup.main.id}/stream`
        const [c0, c1] = await Promise.all(setup.tickets.ga.slice(0, 2).map((ticket) => credentialOf(container, ticket)))
        await client.post("/usher/scans", scanBody(setup.main.id, c0), north)
        await client.post("/usher/scans/batch", { device_id: "device-b", scans: [offline(c0, 1)] }, south)

        const seen = await readStream(url, south.headers, (events) => events.some((event) => event.event === "conflict") && events.filter((e) => e.event === "scan").length >= 2)
        const scans = seen.filter((event) => event.event === "scan")
        expect(scans.map((event) => event.data.outcome)).toEqual(["admitted", "rejected"])
        expect(seen.find((event) => event.event === "conflict")?.data.conflict_id).toBeTruthy()
        expect(seen.filter((event) => event.event === "figures").at(-1)?.data).toMatchObject({ admitted: 1, inside: 1, conflicts: { open: 1 } })

        await client.post("/usher/scans", scanBody(setup.main.id, c1), north)
        const resumed = await readStream(url, { ...north.headers, "last-event-id": scans[1].id as string }, (events) => events.some((event) => event.event === "scan"))
        expect(resumed.filter((event) => event.event === "scan").map((event) => event.data.ticket_id)).toEqual([setup.tickets.ga[1].id])
        expect(resumed.some((event) => event.event === "conflict")).toBe(false)

        const refused = await fetch(`${client.defaults.baseURL}/usher/events/${setup.other.id}/stream`, { headers: north.headers })
        expect(refused.status).toBe(403)
      })
    })

    describe("GET /usher/scans and POST /usher/incidents", () => {
      it("should page the log 10 at a time and search it by code, name, outcome and usher, within assigned events", async () => {
        const credentials = await Promise.all(setup.tickets.ga.map((ticket) => credentialOf(container, ticket)))
        for (const credential of credentials) await client.post("/usher/scans", scanBody(setup.main.id, credential), north)
        for (const credential of credentials) await client.post("/usher/scans", scanBody(setup.main.id, credential), south)
        await client.post("/usher/scans", scanBody(setup.main.id, await credentialOf(container, setup.tickets.vip[0])), south)
        await client.post("/usher/scans", scanBody(setup.main.id, "TS1:nothing"), north)
        await client.post("/usher/scans", scanBody(setup.main.id, "TS1:nothing-else"), north)
        await client.post("/usher/scans", scanBody(setup.main.id, "TS1:and-again"), north)

        const page1 = (await client.get("/usher/scans", north)).data
        expect(page1).toMatchObject({ count: 12, limit: 10, offset: 0 })
        expect(page1.scans).toHaveLength(10)
        expect((await client.get("/usher/scans?offset=10", north)).data.scans).toHaveLength(2)

        const code = setup.tickets.ga[0].code
        expect((await client.get(`/usher/scans?q=${code}`, north)).data.count).toBe(2)
        expect((await client.get(`/usher/scans?code=${code}&outcome=admitted`, north)).data.scans).toEqual([expect.objectContaining({ ticket_code: code, usher_id: north.id })])
        expect((await client.get("/usher/scans?name=grace", north)).data.count).toBe(1)
        expect((await client.get(`/usher/scans?usher_id=${south.id}&outcome=rejected`, north)).data.count).toBe(4)
        expect((await client.get(`/usher/scans?event_id=${setup.other.id}`, north).catch(failed)).status).toBe(403)
        expect((await client.get(`/admin/events/${setup.main.id}/checkin/scans?q=ada`, admin)).data.count).toBe(8)
      })

      it("should record an incident at an assigned event and refuse other events and bad types", async () => {
        const created = await client.post(
          "/usher/incidents",
          { event_id: setup.main.id, type: "medical", note: "Fainted at the north gate", ticket_id: setup.tickets.ga[0].id },
          north
        )
        expect(created.status).toBe(201)
        expect(created.data.incident).toMatchObject({ type: "medical", usher_id: north.id, ticket_id: setup.tickets.ga[0].id })
        const foreign = await client.post("/usher/incidents", { event_id: setup.other.id, type: "medical", note: "x" }, north).catch(failed)
        expect(foreign.status).toBe(403)
        const otherTicket = await client
          .post("/usher/incidents", { event_id: setup.main.id, type: "fraud", note: "x", ticket_id: setup.tickets.foreign[0].id }, north)
          .catch(failed)
        expect(otherTicket.status).toBe(404)
        expect(otherTicket.data.field).toBe("ticket_id")
        const badType = await client.post("/usher/incidents", { event_id: setup.main.id, type: "party", note: "x" }, north).catch(failed)
        expect(badType.data.field).toBe("type")
        expect(await countRows(container, "checkin_incident")).toBe(1)
      })
    })
  },
})
