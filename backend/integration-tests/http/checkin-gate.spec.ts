import http from "node:http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../utils/fixtures"
import {
  type Api,
  type CheckinService,
  countRows,
  credentialOf,
  type EventsService,
  gateEvent,
  type Headers,
  organizerHeaders,
  scanBody,
  usherHeaders,
} from "../utils/checkin-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api
    let container: MedusaContainer
    let admin: Headers
    let setup: Awaited<ReturnType<typeof gateEvent>>
    let usher: Headers & { id: string }

    const checkin = () => container.resolve<CheckinService>("checkin")
    const events = () => container.resolve<EventsService>("events")
    const failed = (error: { response: { status: number; data: unknown } }) => error.response

    /** An usher made through the admin API, assigned to the main event (every gate unless told). */
    async function makeUsher(email: string, role: "usher" | "lead" = "usher", gateIds: string[] = []) {
      const { data } = await client.post("/admin/ushers", { name: email.split("@")[0], email, password: "gate-pass-123" }, admin)
      await client.post(`/admin/events/${setup.main.id}/checkin/assignments`, { usher_id: data.usher.id, role, gate_ids: gateIds }, admin)
      return { id: data.usher.id as string, ...usherHeaders(container, data.usher.id) }
    }
    const scan = async (body: Record<string, unknown>, headers: Headers = usher) =>
      (await client.post("/usher/scans", body, headers)).data.scan

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
      setup = await gateEvent(container)
      usher = await makeUsher("usher@gate.test", "usher", [setup.gates.north.id])
    })

    describe("ushers", () => {
      it("should create an usher who logs in, sees assigned events only, and is refused elsewhere with 403", async () => {
        const login = await client.post("/auth/usher/emailpass", { email: "usher@gate.test", password: "gate-pass-123" })
        const headers = { headers: { authorization: `Bearer ${login.data.token}` } }
        const me = await client.get("/usher/me", headers)
        expect(me.data.usher.email).toBe("usher@gate.test")
        expect(me.data.events).toEqual([
          expect.objectContaining({ id: setup.main.id, title: "Gate Night", role: "usher", gates: [expect.objectContaining({ id: setup.gates.north.id })] }),
        ])

        const credential = await credentialOf(container, setup.tickets.foreign[0])
        const refused = await client.post("/usher/scans", scanBody(setup.other.id, credential), headers).catch(failed)
        expect(refused.status).toBe(403)
        expect(refused.data.field).toBe("event_id")
        const otherGate = await client
          .post("/usher/scans", scanBody(setup.main.id, credential, { gate_id: setup.gates.vip.id }), headers)
          .catch(failed)
        expect(otherGate.status).toBe(403)
        expect(otherGate.data.field).toBe("gate_id")
        expect(await countRows(container, "checkin_scan")).toBe(0)

        const wrongPassword = await client.post("/auth/usher/emailpass", { email: "usher@gate.test", password: "nope-nope" }).catch(failed)
        expect(wrongPassword.status).toBe(401)
      })

      it("should refuse a duplicate usher email and a short password, naming the field, writing nothing", async () => {
        const duplicate = await client
          .post("/admin/ushers", { name: "Again", email: "usher@gate.test", password: "gate-pass-123" }, admin)
          .catch(failed)
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.field).toBe("email")
        const short = await client.post("/admin/ushers", { name: "Short", email: "short@gate.test", password: "x" }, admin).catch(failed)
        expect(short.status).toBe(400)
        expect(short.data.field).toBe("password")
        expect(await countRows(container, "usher")).toBe(1)
        expect(await countRows(container, "provider_identity", "entity_id = ?", ["short@gate.test"])).toBe(0)
      })
    })

    describe("POST /usher/scans", () => {
      it("should admit one ticket exactly once under 100 concurrent scans over separate connections", async () => {
        const ticket = setup.tickets.ga[0]
        const credential = await credentialOf(container, ticket)
        const answers = await Promise.all(
          Array.from({ length: 100 }, () =>
            client.post("/usher/scans", scanBody(setup.main.id, credential), {
              ...usher,
              httpAgent: new http.Agent({ keepAlive: false }),
            })
          )
        )
        const outcomes = answers.map((answer) => answer.data.scan.outcome)
        expect(outcomes.filter((outcome) => outcome === "admitted")).toHaveLength(1)
        expect(answers.filter((answer) => answer.data.scan.reason === "already_admitted")).toHaveLength(99)
        expect(await countRows(container, "checkin_admission", "ticket_id = ?", [ticket.id])).toBe(1)
        expect(await countRows(container, "checkin_admission", "ticket_id = ? and entries = 1 and state = 'inside'", [ticket.id])).toBe(1)
        expect(await countRows(container, "checkin_scan", "ticket_id = ?", [ticket.id])).toBe(100)
      })

      it("should count admissions on the organizer's dashboard", async () => {
        const dashboard = async () => (await client.get("/organizer/dashboard", organizerHeaders(container, setup.store.organizer.id))).data.dashboard
        expect((await dashboard()).checked_in).toBe(0)
        await scan(scanBody(setup.main.id, await credentialOf(container, setup.tickets.ga[0])))
        await scan(scanBody(setup.main.id, await credentialOf(container, setup.tickets.ga[1])))
        expect((await dashboard()).checked_in).toBe(2)
      })

      it("should answer a replayed scan id with the same answer and one effect, even concurrently", async () => {
        const credential = await credentialOf(container, setup.tickets.ga[0])
        const body = scanBody(setup.main.id, credential)
        const copies = await Promise.all(Array.from({ length: 10 }, () => scan(body)))
        copies.forEach((copy) => expect(copy).toEqual(copies[0]))
        expect(copies[0]).toMatchObject({ id: body.id, outcome: "admitted" })
        // the ticket is revoked afterwards: a late replay still gets the stored answer and changes nothing
        await events().updateTickets({ id: setup.tickets.ga[0].id, version: 2 })
        expect(await scan(body)).toEqual(copies[0])
        expect(await countRows(container, "checkin_scan")).toBe(1)
        expect(await countRows(container, "checkin_admission", "entries = 1")).toBe(1)
      })

      it("should show the attendee card with the profile, tier and whether the ticket was scanned before", async () => {
        await client.post(
          "/admin/attendee-profiles",
          {
            customer_id: setup.customerId,
            photo_url: "http://localhost:9000/static/ada.jpg",
            emergency_contact_name: "Charles Babbage",
            emergency_contact_phone: "+49 30 1234",
            blood_type: "O-",
            needs_attention: true,
            attention_note: "Severe nut allergy",
          },
          admin
        )
        const ticket = setup.tickets.ga[1]
        const credential = await credentialOf(container, ticket, true)
        const first = await scan(scanBody(setup.main.id, credential))
        expect(first).toMatchObject({
          outcome: "admitted",
          attendee: {
            ticket_id: ticket.id,
            code: ticket.code,
            name: "Ada Lovelace",
            photo_url: "http://localhost:9000/static/ada.jpg",
            tier: "general",
            ticket_type: "General admission",
            status: "valid",
            previously_scanned: false,
            emergency_contact: { name: "Charles Babbage", phone: "+49 30 1234" },
            blood_type: "O-",
            dependents: [],
            needs_attention: true,
            attention_note: "Severe nut allergy",
          },
        })
        const second = await scan(scanBody(setup.main.id, credential))
        expect(second).toMatchObject({ outcome: "rejected", reason: "already_admitted", attendee: { previously_scanned: true } })
      })

      it("should reject forged, tampered, revoked, unknown, void, wrong-event, blocked and closed scans with their reason", async () => {
        const [ga0, ga1, ga2] = setup.tickets.ga
        const good = await credentialOf(container, ga0)
        const bytes = Buffer.from(good, "base64url")
        const forgedBytes = Buffer.from(bytes)
        forgedBytes[bytes.length - 1] ^= 0xff
        const tamperedBytes = Buffer.from(bytes)
        tamperedBytes[10] ^= 0x01

        const reasonOf = async (credential: string, extra: Record<string, unknown> = {}) =>
          (await scan(scanBody(setup.main.id, credential, extra))).reason

        expect(await reasonOf(forgedBytes.toString("base64url"))).toBe("forged")
        expect(await reasonOf(tamperedBytes.toString("base64url"))).toBe("forged")
        expect(await reasonOf("not a credential")).toBe("forged")

        // transfer or reissue bumps the version: the old credential is revoked
        await events().updateTickets({ id: ga0.id, version: 2 })
        expect(await reasonOf(good)).toBe("revoked")

        const unknownTicket = await credentialOf(container, { id: "tkt_01JZZZZZZZZZZZZZZZZZZZZZZZ", version: 1, event_id: setup.main.id })
        expect(await reasonOf(unknownTicket)).toBe("not_found")

        const [voided] = await events().voidTickets([ga1.id])
        expect(await reasonOf(await credentialOf(container, { ...ga1, version: voided.version }))).toBe("invalid")

        const foreign = await credentialOf(container, setup.tickets.foreign[0])
        const wrong = await scan(scanBody(setup.main.id, foreign))
        expect(wrong).toMatchObject({ outcome: "rejected", reason: "wrong_event" })
        expect(wrong.attendee).toBeUndefined()

        const vipUsher = await makeUsher("vip@gate.test", "usher", [setup.gates.vip.id])
        const blocked = await scan(scanBody(setup.main.id, await credentialOf(container, ga2)), vipUsher)
        expect(blocked).toMatchObject({ outcome: "rejected", reason: "blocked", attendee: { ticket_id: ga2.id } })
        expect((await scan(scanBody(setup.main.id, await credentialOf(container, setup.tickets.vip[0])), vipUsher)).outcome).toBe("admitted")

        await client.post(`/admin/events/${setup.main.id}/checkin`, { status: "closed" }, admin)
        expect(await reasonOf(await credentialOf(container, ga2))).toBe("not_open")

        expect(await countRows(container, "checkin_admission")).toBe(1)
        expect(await countRows(container, "checkin_scan", "outcome = 'rejected'")).toBe(9)
      })

      it("should refuse a scan outside the list's window as not_open", async () => {
        const later = await checkin().createCheckinLists({
          event_id: setup.main.id,
          name: "Tomorrow",
          opens_at: new Date(Date.now() + 86_400_000),
        })
        const gate = await checkin().createCheckinGates({ event_id: setup.main.id, name: "Late", list_id: later.id })
        const lead = await makeUsher("lead@gate.test", "lead")
        const answer = await scan(scanBody(setup.main.id, await credentialOf(container, setup.tickets.ga[0]), { gate_id: gate.id }), lead)
        expect(answer).toMatchObject({ outcome: "rejected", reason: "not_open" })
      })

      it("should let attendees out and back in where the list allows re-entry, and not elsewhere", async () => {
        const credential = await credentialOf(container, setup.tickets.ga[0])
        const go = async (direction: "in" | "out", headers: Headers = usher, extra = {}) =>
          scan(scanBody(setup.main.id, credential, { direction, ...extra }), headers)

        expect(await go("out")).toMatchObject({ outcome: "rejected", reason: "not_admitted", attendee: { previously_scanned: false } })
        expect(await go("in")).toMatchObject({ outcome: "admitted", attendee: { previously_scanned: false } })
        expect(await go("out")).toMatchObject({ outcome: "exited" })
        expect(await go("out")).toMatchObject({ outcome: "rejected", reason: "not_admitted", attendee: { previously_scanned: true } })
        expect(await go("in")).toMatchObject({ outcome: "admitted", attendee: { previously_scanned: true } })

        // the VIP list allows no re-entry
        const vipUsher = await makeUsher("vip@gate.test", "usher", [setup.gates.vip.id])
        const vipCredential = await credentialOf(container, setup.tickets.vip[0])
        const vip = async (direction: "in" | "out") => scan(scanBody(setup.main.id, vipCredential, { direction }), vipUsher)
        expect(await vip("in")).toMatchObject({ outcome: "admitted" })
        expect(await vip("out")).toMatchObject({ outcome: "exited" })
        expect(await vip("in")).toMatchObject({ outcome: "rejected", reason: "already_admitted" })

        const figures = (await client.get(`/admin/events/${setup.main.id}/checkin`, admin)).data.checkin
        expect(figures).toMatchObject({ admitted: 2, inside: 1, status: "open" })
        expect(await checkin().countAdmissions([setup.main.id, setup.other.id])).toEqual([
          { event_id: setup.main.id, checked_in: 2, inside: 1 },
          { event_id: setup.other.id, checked_in: 0, inside: 0 },
        ])
      })

      it("should refuse a malformed scan naming the field and store nothing", async () => {
        const credential = await credentialOf(container, setup.tickets.ga[0])
        const badId = await client.post("/usher/scans", { ...scanBody(setup.main.id, credential), id: "nope" }, usher).catch(failed)
        expect(badId.status).toBe(400)
        expect(badId.data.field).toBe("id")
        const badDirection = await client
          .post("/usher/scans", scanBody(setup.main.id, credential, { direction: "sideways" }), usher)
          .catch(failed)
        expect(badDirection.data.field).toBe("direction")
        const anonymous = await client.post("/usher/scans", scanBody(setup.main.id, credential)).catch(failed)
        expect(anonymous.status).toBe(401)
        expect(await countRows(container, "checkin_scan")).toBe(0)
      })
    })
  },
})
