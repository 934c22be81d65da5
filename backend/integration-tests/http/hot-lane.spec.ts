import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../utils/fixtures"
import { type Api, countRows, credentialOf, gateEvent, type Headers, scanBody, usherHeaders } from "../utils/checkin-fixtures"

type Answer = { status: number; data: Record<string, unknown>; headers: Record<string, string | undefined> }

/**
 * The hot lane answers POST /usher/scans (and POST /merchant/charges) before Express. These tests send
 * each request twice: as is (the lane) and with a session cookie, which the lane always leaves to
 * Medusa's route. Express marks its answers with `x-powered-by`; the lane's carry no such header.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api
    let container: MedusaContainer
    let setup: Awaited<ReturnType<typeof gateEvent>>
    let usher: Headers

    const send = (body: unknown, headers: Headers, extra: Record<string, string> = {}): Promise<Answer> =>
      client
        .post("/usher/scans", body, { headers: { ...headers.headers, ...extra }, validateStatus: () => true })
        .then((response) => response as unknown as Answer)
    const viaMedusa = { cookie: "connect.sid=not-a-session" }
    const withoutRequestId = ({ request_id: _, ...rest }: Record<string, unknown>) => rest

    beforeEach(async () => {
      container = getContainer()
      const admin = await adminHeaders(container)
      setup = await gateEvent(container)
      const { data } = await client.post("/admin/ushers", { name: "lane", email: "lane@gate.test", password: "gate-pass-123" }, admin)
      await client.post(`/admin/events/${setup.main.id}/checkin/assignments`, { usher_id: data.usher.id, role: "usher", gate_ids: [setup.gates.north.id] }, admin)
      usher = usherHeaders(container, data.usher.id)
    })

    it("should admit on the lane with the route's headers, sharing every effect with Medusa's route", async () => {
      const credential = await credentialOf(container, setup.tickets.ga[0])
      const origin = "http://localhost:9001"
      const lane = await send(scanBody(setup.main.id, credential), usher, { origin, "x-request-id": "req-lane-1" })
      expect(lane.status).toBe(200)
      expect(lane.headers["x-powered-by"]).toBeUndefined()
      expect(lane.headers["x-request-id"]).toBe("req-lane-1")
      expect(lane.headers["x-tessera-instance"]).toBeTruthy()
      expect(lane.headers["access-control-allow-origin"]).toBe(origin)
      expect(lane.headers["access-control-allow-credentials"]).toBe("true")
      expect(lane.data.scan).toEqual(expect.objectContaining({ outcome: "admitted" }))

      const again = await send(scanBody(setup.main.id, credential), usher, { ...viaMedusa, origin })
      expect(again.headers["x-powered-by"]).toBe("Express")
      expect(again.headers["access-control-allow-origin"]).toBe(origin)
      expect(again.data.scan).toEqual(expect.objectContaining({ outcome: "rejected", reason: "already_admitted" }))

      // a replayed scan id answers the same on either path
      const first = scanBody(setup.main.id, await credentialOf(container, setup.tickets.ga[1]))
      const [onLane, onMedusa] = [await send(first, usher), await send(first, usher, viaMedusa)]
      expect(onMedusa.data).toEqual(onLane.data)
      expect(await countRows(container, "checkin_scan")).toBe(3)
    })

    it("should refuse bad scans on the lane exactly as Medusa's route does, storing nothing", async () => {
      const credential = await credentialOf(container, setup.tickets.ga[0])
      const foreign = await credentialOf(container, setup.tickets.foreign[0])
      const cases: [string, unknown, number, string | undefined][] = [
        ["no credential", { ...scanBody(setup.main.id, credential), credential: undefined }, 400, "credential"],
        ["an unknown field", { ...scanBody(setup.main.id, credential), extra: 1 }, 400, undefined],
        ["a bad direction", scanBody(setup.main.id, credential, { direction: "sideways" }), 400, "direction"],
        ["an event the usher is not assigned to", scanBody(setup.other.id, foreign), 403, "event_id"],
      ]
      for (const [what, body, status, field] of cases) {
        const lane = await send(body, usher, { "x-request-id": `req-${what}` })
        const medusa = await send(body, usher, viaMedusa)
        expect({ what, status: lane.status, lane: lane.headers["x-powered-by"] }).toEqual({ what, status, lane: undefined })
        expect(lane.data.request_id).toBe(`req-${what}`)
        if (field) expect(lane.data.field).toBe(field)
        expect({ what, ...withoutRequestId(lane.data) }).toEqual({ what, ...withoutRequestId(medusa.data) })
        expect(medusa.status).toBe(status)
      }
      const broken = await client
        .post("/usher/scans", "{not json", { headers: { ...usher.headers, "content-type": "application/json" }, validateStatus: () => true })
        .then((response) => response as unknown as Answer)
      expect(broken.status).toBe(400)
      expect(await countRows(container, "checkin_scan")).toBe(0)
    })

    it("should leave what it cannot vouch for to Medusa: no token, another actor's token", async () => {
      const body = scanBody(setup.main.id, await credentialOf(container, setup.tickets.ga[0]))
      const anonymous = await send(body, { headers: {} })
      expect(anonymous.status).toBe(401)
      expect(anonymous.headers["x-powered-by"]).toBe("Express")
      const admin = await adminHeaders(container, "another-admin@tessera.test")
      const wrongActor = await send(body, admin)
      expect(wrongActor.status).toBe(401)
      expect(wrongActor.headers["x-powered-by"]).toBe("Express")
      expect(await countRows(container, "checkin_scan")).toBe(0)
    })
  },
})
