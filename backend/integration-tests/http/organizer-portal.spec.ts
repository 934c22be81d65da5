import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { type Api, ORGANIZER_PASSWORD, type OrganizerWorld, customerHeaders, organizerWorld, settle } from "../utils/organizer-fixtures"

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

    describe("organizer login", () => {
      it("should log in with the password the admin set, and reset it through /admin/organizers/:id/password", async () => {
        const me = await http.get("/organizer/me", world.a.login)
        expect(me.data.organizer).toMatchObject({ id: world.a.organizer.id, name: "Alpha Shows", email: "alpha@tessera.test", fee_bps: 725 })

        const reset = await http.post(`/admin/organizers/${world.a.organizer.id}/password`, { password: "brand-new-pass" }, world.admin)
        expect(reset.data.organizer).toMatchObject({ id: world.a.organizer.id })
        const old = await settle(http.post("/auth/organizer/emailpass", { email: "alpha@tessera.test", password: ORGANIZER_PASSWORD }))
        expect(old.status).toBe(401)
        const fresh = await http.post("/auth/organizer/emailpass", { email: "alpha@tessera.test", password: "brand-new-pass" })
        const again = await http.get("/organizer/me", { headers: { authorization: `Bearer ${fresh.data.token}` } })
        expect(again.data.organizer.id).toBe(world.a.organizer.id)

        const missing = await settle(http.post("/admin/organizers/org_missing/password", { password: "long-enough-1" }, world.admin))
        expect(missing.status).toBe(404)
        const short = await settle(http.post(`/admin/organizers/${world.a.organizer.id}/password`, { password: "short" }, world.admin))
        expect(short.status).toBe(400)
        expect(short.data.field).toBe("password")
      })

      it("should give an organizer created without a password a login later, and refuse a login that is someone else's", async () => {
        const created = await http.post("/admin/organizers", { name: "Gamma", email: "gamma@tessera.test" }, world.admin)
        const auth = container.resolve(Modules.AUTH)
        expect(await auth.listProviderIdentities({ entity_id: "gamma@tessera.test" })).toEqual([])
        await http.post(`/admin/organizers/${created.data.organizer.id}/password`, { password: "gamma-pass-1" }, world.admin)
        const login = await http.post("/auth/organizer/emailpass", { email: "gamma@tessera.test", password: "gamma-pass-1" })
        const me = await http.get("/organizer/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(me.data.organizer.id).toBe(created.data.organizer.id)

        // admin@tessera.test is the admin user's login: an organizer with that email gets no login, and is not created
        const taken = await settle(
          http.post("/admin/organizers", { name: "Impostor", email: "admin@tessera.test", password: "impostor-pass" }, world.admin)
        )
        expect(taken.status).toBe(400)
        expect(taken.data.field).toBe("email")
        expect(await events().listOrganizers({ email: "admin@tessera.test" })).toEqual([])
        const [identity] = await auth.listAuthIdentities({}, { relations: ["provider_identities"] }).then((all) =>
          all.filter((candidate) => candidate.provider_identities?.some((p) => p.entity_id === "admin@tessera.test"))
        )
        expect(identity.app_metadata).not.toHaveProperty("organizer_id")

        const short = await settle(http.post("/admin/organizers", { name: "Short", email: "short@tessera.test", password: "1234567" }, world.admin))
        expect(short.status).toBe(400)
        expect(short.data.field).toBe("password")
        expect(await events().listOrganizers({ email: "short@tessera.test" })).toEqual([])
      })
    })

    describe("isolation", () => {
      it("should refuse every /organizer route without a token or with a customer's token, and hide A's things from B", async () => {
        const editRequest = await http.post(`/organizer/events/${world.a.event.id}/edit-requests`, { changes: { title: "Alpha Festival 2" } }, world.a.login)
        const payout = await http.post("/admin/payouts", { event_id: world.a.event.id }, world.admin)
        const a = { event: world.a.event.id, editRequest: editRequest.data.edit_request.id, payout: payout.data.payout.id }

        const routes: [method: "get" | "post", url: string, body?: unknown][] = [
          ["get", "/organizer/me"],
          ["get", "/organizer/dashboard"],
          ["get", "/organizer/events"],
          ["get", `/organizer/events/${a.event}`],
          ["get", `/organizer/events/${a.event}/tickets`],
          ["post", `/organizer/events/${a.event}/edit-requests`, { changes: { title: "Hijacked" } }],
          ["get", "/organizer/edit-requests"],
          ["get", `/organizer/edit-requests/${a.editRequest}`],
          ["get", "/organizer/payouts"],
          ["get", `/organizer/payouts/${a.payout}`],
        ]
        for (const [method, url, body] of routes) {
          const call = (config: Record<string, unknown>) => (method === "get" ? http.get(url, config) : http.post(url, body, config))
          expect([url, (await settle(call({}))).status]).toEqual([url, 401])
          expect([url, (await settle(call(customerHeaders(container)))).status]).toEqual([url, 401])
        }

        // B: 404 for each of A's resources, empty lists, and figures of its own only
        for (const url of [`/organizer/events/${a.event}`, `/organizer/events/${a.event}/tickets`, `/organizer/edit-requests/${a.editRequest}`, `/organizer/payouts/${a.payout}`]) {
          const reply = await settle(http.get(url, world.b.login))
          expect([url, reply.status]).toEqual([url, 404])
        }
        const hijack = await settle(http.post(`/organizer/events/${a.event}/edit-requests`, { changes: { title: "Hijacked" } }, world.b.login))
        expect(hijack.status).toBe(404)
        expect(await events().listEditRequests({ event_id: a.event })).toHaveLength(1)

        const mine = await http.get("/organizer/events", world.b.login)
        expect(mine.data.events.map((e: { id: string }) => e.id)).toEqual([world.b.event.id])
        expect((await http.get("/organizer/edit-requests", world.b.login)).data).toMatchObject({ edit_requests: [], count: 0 })
        expect((await http.get(`/organizer/edit-requests?event_id=${a.event}`, world.b.login)).data.count).toBe(0)
        expect((await http.get("/organizer/payouts", world.b.login)).data).toMatchObject({ payouts: [], count: 0 })
        expect((await http.get("/organizer/me", world.b.login)).data.organizer.id).toBe(world.b.organizer.id)
        const dashboard = (await http.get("/organizer/dashboard", world.b.login)).data.dashboard
        expect(dashboard).toMatchObject({ events: { total: 1 }, tickets: { sold: 1 }, revenue: { eur: 45 } })

        // A sees its own; a free `fields` cannot walk from its event into others'
        expect((await http.get("/organizer/payouts", world.a.login)).data.payouts.map((p: { id: string }) => p.id)).toEqual([a.payout])
        // (Medusa drops fields outside `allowed` silently)
        const walk = await settle(http.get("/organizer/events?fields=venue.events.title,venue.events.organizer_id", world.a.login))
        expect(JSON.stringify(walk.data)).not.toContain(world.b.event.id)
        expect(JSON.stringify(walk.data)).not.toContain("Beta Club Night")
      })
    })

    describe("figures", () => {
      it("should report dashboard figures and event analytics that match the tickets sold", async () => {
        const [refunded] = await events().listTickets({ order_id: world.orders.graceOrder })
        await events().updateTickets({ id: refunded.id, status: "refunded" })

        const { data: { dashboard } } = await http.get("/organizer/dashboard", world.a.login)
        expect(dashboard).toEqual({
          events: { total: 1, draft: 0, published: 1, ended: 0, cancelled: 0 },
          tickets: { sold: 3, refunded: 1, void: 0 },
          revenue: { eur: 210 },
          tickets_by_type: expect.arrayContaining([
            expect.objectContaining({ name: "General admission", event_id: world.a.event.id, sold: 2 }),
            expect.objectContaining({ name: "VIP", event_id: world.a.event.id, sold: 1 }),
          ]),
          checked_in: 0,
        })
        expect(dashboard.tickets_by_type).toHaveLength(2)

        const { data } = await http.get(`/organizer/events/${world.a.event.id}`, world.a.login)
        expect(data.event).toMatchObject({ id: world.a.event.id, title: "Alpha Festival", status: "published", venue: { name: "Arena Berlin" } })
        const [ga, vip] = data.event.ticket_types
        // inventory counts reservations for all 3 GA and the VIP sold (a refund here did not restock)
        expect(ga).toMatchObject({ name: "General admission", capacity: 100, available: 97, sold: 2, refunded: 1, revenue: { eur: 90 }, price: 45 })
        expect(vip).toMatchObject({ name: "VIP", capacity: 10, available: 9, sold: 1, refunded: 0, revenue: { eur: 120 } })
        const today = new Date().toISOString().slice(0, 10)
        expect(data.sales_per_day).toEqual([{ date: today, sold: 3, revenue: { eur: 210 } }])

        const drafts = await http.get("/organizer/events?status=draft", world.a.login)
        expect(drafts.data).toMatchObject({ events: [], count: 0 })
        const published = await http.get("/organizer/events?status=published&limit=1", world.a.login)
        expect(published.data).toMatchObject({ count: 1, limit: 1, offset: 0 })
      })

      it("should page and search an event's tickets by holder name, email and code", async () => {
        const url = `/organizer/events/${world.a.event.id}/tickets`
        const all = await http.get(url, world.a.login)
        expect(all.data).toMatchObject({ count: 4, offset: 0, limit: 20 })
        const page = await http.get(`${url}?limit=3&offset=3`, world.a.login)
        expect(page.data).toMatchObject({ count: 4, offset: 3, limit: 3 })
        expect(page.data.tickets).toHaveLength(1)

        const byName = await http.get(`${url}?q=hopper`, world.a.login)
        expect(byName.data.tickets.map((t: { holder_name: string }) => t.holder_name)).toEqual(["Grace Hopper"])
        const byEmail = await http.get(`${url}?q=ada@tessera`, world.a.login)
        expect(byEmail.data.count).toBe(3)
        const code = all.data.tickets[0].code as string
        const byCode = await http.get(`${url}?q=${encodeURIComponent(code)}`, world.a.login)
        expect(byCode.data.tickets.map((t: { code: string }) => t.code)).toEqual([code])
        // B's holder is not among A's tickets
        expect((await http.get(`${url}?q=bob`, world.a.login)).data.count).toBe(0)
      })
    })
  },
})
