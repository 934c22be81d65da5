import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { catalogEvent } from "../utils/catalog-fixtures"
import { type Api, type OrganizerWorld, type Reply, organizerWorld, sellTickets, settle } from "../utils/organizer-fixtures"

// Every test logs in two organizers and more: lift the per-client login rate limit for this file.
process.env.AUTH_RATE_LIMIT = "1000"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer
    let world: OrganizerWorld
    const events = () => container.resolve<EventsService>("events")

    beforeEach(async () => {
      container = getContainer()
      world = await organizerWorld(container, http)
    })

    describe("edit requests", () => {
      it("should refuse changes update-event would not take, naming changes.<field>, and write nothing", async () => {
        const url = `/organizer/events/${world.a.event.id}/edit-requests`
        const refusals: [changes: Record<string, unknown>, field: string][] = [
          [{ status: "cancelled" }, "changes.status"],
          [{ title: "Fine", handle: "new-handle" }, "changes.handle"],
          [{ title: "   " }, "changes.title"],
          [{ images: ["not a url"] }, "changes.images"],
          [{ starts_at: "someday" }, "changes.starts_at"],
          [{ ends_at: "2027-06-01T17:00:00Z" }, "changes.ends_at"],
          [{ doors_open_at: "2027-06-01T19:00:00Z" }, "changes.doors_open_at"],
          [{ timezone: "Mars/Olympus" }, "changes.timezone"],
          [{ venue_id: "ven_missing" }, "changes.venue_id"],
          [{}, "changes"],
        ]
        for (const [changes, field] of refusals) {
          const reply = await settle(http.post(url, { changes, reason: "typo" }, world.a.login))
          expect([field, reply.status, reply.data.field]).toEqual([field, 400, field])
        }
        const noChanges = await settle(http.post(url, { reason: "no changes at all" }, world.a.login))
        expect(noChanges.status).toBe(400)
        expect(noChanges.data.field).toBe("changes")
        expect(await events().listEditRequests({})).toEqual([])
      })

      it("should apply an approved request once, even when two admins approve at the same moment", async () => {
        const changes = {
          title: "Alpha Festival XL",
          starts_at: "2027-06-01T17:00:00.000Z",
          doors_open_at: "2027-06-01T16:00:00.000Z",
          venue_id: world.store.venues.club.id,
        }
        const asked = await http.post(`/organizer/events/${world.a.event.id}/edit-requests`, { changes, reason: "bigger crowd" }, world.a.login)
        const request = asked.data.edit_request
        expect(request).toMatchObject({ status: "pending", event_id: world.a.event.id, organizer_id: world.a.organizer.id, changes, reason: "bigger crowd" })
        expect(request).not.toHaveProperty("decided_by")
        expect((await http.get(`/organizer/edit-requests/${request.id}`, world.a.login)).data.edit_request.status).toBe("pending")

        const pending = await http.get(`/admin/edit-requests?status=pending&organizer_id=${world.a.organizer.id}`, world.admin)
        expect(pending.data).toMatchObject({ count: 1, edit_requests: [{ id: request.id }] })
        expect((await http.get(`/admin/edit-requests?event_id=${world.b.event.id}`, world.admin)).data.count).toBe(0)

        const approvals = await Promise.all([
          settle(http.post(`/admin/edit-requests/${request.id}/approve`, { note: "ok" }, world.admin)),
          settle(http.post(`/admin/edit-requests/${request.id}/approve`, { note: "ok too" }, world.admin)),
        ])
        expect(approvals.map((reply) => reply.status).sort()).toEqual([200, 400])
        const refused = approvals.find((reply) => reply.status === 400) as Reply
        expect(refused.data.field).toBe("status")
        const approved = (approvals.find((reply) => reply.status === 200) as Reply).data.edit_request
        expect(approved).toMatchObject({ status: "approved", decided_by: world.admin.user.id, decided_at: expect.any(String) })

        const event = await events().retrieveEvent(world.a.event.id)
        expect(event).toMatchObject({ title: "Alpha Festival XL", venue_id: world.store.venues.club.id })
        expect(new Date(event.starts_at).toISOString()).toBe(changes.starts_at)
        const [product] = await container.resolve("product").listProducts({ id: world.a.event.product_id })
        expect(product.title).toBe("Alpha Festival XL")

        const late = await settle(http.post(`/admin/edit-requests/${request.id}/reject`, { note: "too late" }, world.admin))
        expect(late.status).toBe(400)
        expect((await http.get(`/organizer/edit-requests/${request.id}`, world.a.login)).data.edit_request).toMatchObject({ status: "approved" })
      })

      it("should reject with a note and leave the event alone; an approval that cannot apply leaves the request pending", async () => {
        const ask = (changes: Record<string, unknown>) =>
          http.post(`/organizer/events/${world.a.event.id}/edit-requests`, { changes }, world.a.login).then((r) => r.data.edit_request)
        const rejectMe = await ask({ title: "Nope" })
        const noNote = await settle(http.post(`/admin/edit-requests/${rejectMe.id}/reject`, {}, world.admin))
        expect(noNote.status).toBe(400)
        expect(noNote.data.field).toBe("note")
        const rejected = await http.post(`/admin/edit-requests/${rejectMe.id}/reject`, { note: "keep the name" }, world.admin)
        expect(rejected.data.edit_request).toMatchObject({ status: "rejected", decision_note: "keep the name" })
        expect((await settle(http.post(`/admin/edit-requests/${rejectMe.id}/approve`, {}, world.admin))).status).toBe(400)
        expect((await events().retrieveEvent(world.a.event.id)).title).toBe("Alpha Festival")

        // valid when asked; the event then moved, so update-event refuses the new end at approval time
        const moveEnd = await ask({ ends_at: "2027-06-02T01:00:00Z", title: "Alpha Late" })
        await events().updateEvents({ id: world.a.event.id, starts_at: new Date("2027-06-02T02:00:00Z"), ends_at: new Date("2027-06-02T05:00:00Z") })
        const failed = await settle(http.post(`/admin/edit-requests/${moveEnd.id}/approve`, {}, world.admin))
        expect(failed.status).toBe(400)
        expect(failed.data.field).toBe("ends_at")
        expect((await events().retrieveEditRequest(moveEnd.id)).status).toBe("pending")
        expect((await events().retrieveEvent(world.a.event.id)).title).toBe("Alpha Festival")

        expect((await settle(http.get("/admin/edit-requests/edreq_missing", world.admin))).status).toBe(404)
        const list = await http.get(`/organizer/edit-requests?status=rejected`, world.a.login)
        expect(list.data.edit_requests.map((r: { id: string }) => r.id)).toEqual([rejectMe.id])
      })
    })

    describe("payouts", () => {
      it("should pay gross, fees at the organizer's fee_bps and net, cover each sale once, and be marked paid once", async () => {
        const year = new Date().getUTCFullYear()
        const [refunded] = await events().listTickets({ order_id: world.orders.graceOrder })
        await events().updateTickets({ id: refunded.id, status: "refunded" })

        const created = await http.post("/admin/payouts", { event_id: world.a.event.id }, world.admin)
        // 2 GA × 45 + 1 VIP × 120 = 210; 7.25 % of it is 15.225, rounded to 15.23
        expect(created.data.payout).toMatchObject({
          event_id: world.a.event.id,
          organizer_id: world.a.organizer.id,
          currency_code: "eur",
          gross: 210,
          fees: 15.23,
          net: 194.77,
          status: "pending",
          invoice_number: `PAY-${year}-0001`,
        })
        const nothingLeft = await settle(http.post("/admin/payouts", { event_id: world.a.event.id }, world.admin))
        expect(nothingLeft.status).toBe(400)
        expect(nothingLeft.data.field).toBe("event_id")

        await sellTickets(container, world.store, { email: "lin@tessera.test", first_name: "Lin", last_name: "Ma" }, [
          { variant_id: world.variant(world.a.event, "VIP"), quantity: 1 },
        ])
        const next = await http.post("/admin/payouts", { event_id: world.a.event.id }, world.admin)
        expect(next.data.payout).toMatchObject({ gross: 120, fees: 8.7, net: 111.3, invoice_number: `PAY-${year}-0002` })

        const b = await http.post("/admin/payouts", { event_id: world.b.event.id }, world.admin)
        expect(b.data.payout).toMatchObject({ organizer_id: world.b.organizer.id, gross: 45, fees: 1.13, net: 43.87 })

        for (const [body, field] of [
          [{}, "event_id"],
          [{ event_id: world.b.event.id, currency_code: "usd" }, "currency_code"],
        ] as const) {
          const reply = await settle(http.post("/admin/payouts", body, world.admin))
          expect([field, reply.status, reply.data.field]).toEqual([field, 400, field])
        }
        expect((await settle(http.post("/admin/payouts", { event_id: "evt_missing" }, world.admin))).status).toBe(404)

        const paid = await Promise.all([
          settle(http.post(`/admin/payouts/${created.data.payout.id}/mark-paid`, {}, world.admin)),
          settle(http.post(`/admin/payouts/${created.data.payout.id}/mark-paid`, {}, world.admin)),
        ])
        expect(paid.map((reply) => reply.status).sort()).toEqual([200, 400])
        expect((paid.find((reply) => reply.status === 200) as Reply).data.payout).toMatchObject({ status: "paid", paid_at: expect.any(String) })

        const adminList = await http.get(`/admin/payouts?organizer_id=${world.a.organizer.id}&status=pending`, world.admin)
        expect(adminList.data.payouts.map((p: { id: string }) => p.id)).toEqual([next.data.payout.id])
        expect((await http.get(`/admin/payouts?event_id=${world.b.event.id}`, world.admin)).data.count).toBe(1)
        expect((await http.get(`/admin/payouts/${b.data.payout.id}`, world.admin)).data.payout.invoice_number).toBe(`PAY-${year}-0003`)

        const own = await http.get("/organizer/payouts", world.a.login)
        expect(own.data.payouts.map((p: { invoice_number: string }) => p.invoice_number).sort()).toEqual([`PAY-${year}-0001`, `PAY-${year}-0002`])
        expect((await http.get(`/organizer/payouts/${created.data.payout.id}`, world.a.login)).data.payout.status).toBe("paid")
        expect((await settle(http.get(`/organizer/payouts/${b.data.payout.id}`, world.a.login))).status).toBe(404)
      })

      it("should number 10 concurrent payouts uniquely and consecutively, and pay one event's sales only once under a race", async () => {
        const more = []
        for (let index = 0; index < 8; index++) {
          more.push(await catalogEvent(container, world.store, { title: `Alpha Matinee ${index}`, organizer_id: world.a.organizer.id }))
        }
        await sellTickets(
          container,
          world.store,
          { email: "crowd@tessera.test", first_name: "Crowd", last_name: "Member" },
          more.map((event) => ({ variant_id: world.variant(event, "General admission"), quantity: 1 }))
        )
        const eventIds = [world.a.event.id, world.b.event.id, ...more.map((event) => event.id)]

        const replies = await Promise.all(eventIds.map((event_id) => settle(http.post("/admin/payouts", { event_id }, world.admin))))
        expect(replies.map((reply) => reply.status)).toEqual(eventIds.map(() => 200))
        const year = new Date().getUTCFullYear()
        const numbers = replies.map((reply) => reply.data.payout.invoice_number as string).sort()
        expect(numbers).toEqual(Array.from({ length: 10 }, (_, index) => `PAY-${year}-${String(index + 1).padStart(4, "0")}`))

        const race = await sellTickets(container, world.store, { email: "late@tessera.test", first_name: "Late", last_name: "Comer" }, [
          { variant_id: world.variant(world.a.event, "VIP"), quantity: 2 },
        ])
        expect(race).toBeTruthy()
        const rush = await Promise.all(
          Array.from({ length: 5 }, () => settle(http.post("/admin/payouts", { event_id: world.a.event.id }, world.admin)))
        )
        expect(rush.map((reply) => reply.status).sort()).toEqual([200, 400, 400, 400, 400])
        const payoutsOfA = await events().listPayouts({ event_id: world.a.event.id })
        expect(payoutsOfA.map((payout) => Number(payout.gross)).sort((x, y) => x - y)).toEqual([240, 255])
        expect((await events().listPayouts({})).map((payout) => payout.sequence).sort((x, y) => x - y)).toEqual(
          Array.from({ length: 11 }, (_, index) => index + 1)
        )
      })
    })
  },
})
