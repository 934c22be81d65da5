import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { type Api, buyTickets, failure, type Headers, type Shopper, shopper, type Store } from "../utils/customer-fixtures"
import { adminHeaders } from "../utils/fixtures"
import { ticketStore } from "../utils/ticket-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer
    let store: Store
    let ada: Shopper
    let bob: Shopper
    let admin: Headers

    beforeEach(async () => {
      container = getContainer()
      store = await ticketStore(container)
      ada = await shopper(container, store, { email: "ada@tessera.test", first_name: "Ada", last_name: "Lovelace" })
      bob = await shopper(container, store, { email: "bob@tessera.test", first_name: "Bob", last_name: "Builder" })
      admin = await adminHeaders(container)
    })

    const events = () => container.resolve<EventsService>("events")
    const ids = (body: { tickets: { id: string }[] }) => body.tickets.map((t) => t.id).sort()

    describe("GET /admin/tickets", () => {
      it("should search by holder and code, filter by status, event and customer, and paginate with a count", async () => {
        const { tickets: adas } = await buyTickets(http, container, store, ada, 2)
        const { tickets: [bobs] } = await buyTickets(http, container, store, bob)

        const all = await http.get("/admin/tickets", admin)
        expect(all.data).toMatchObject({ count: 3, offset: 0, limit: 20 })
        expect(all.data.tickets[0]).toMatchObject({ code: expect.stringMatching(/^TSR-/), event: { title: "Tessera Summer Night" }, ticket_type: { name: "General admission" } })

        expect(ids((await http.get("/admin/tickets?q=builder", admin)).data)).toEqual([bobs.id])
        expect(ids((await http.get("/admin/tickets?q=ADA@TESSERA", admin)).data)).toEqual(adas.map((t) => t.id).sort())
        expect(ids((await http.get(`/admin/tickets?q=${bobs.code}`, admin)).data)).toEqual([bobs.id])
        expect(ids((await http.get(`/admin/tickets?customer_id=${ada.id}`, admin)).data)).toEqual(adas.map((t) => t.id).sort())
        expect((await http.get(`/admin/tickets?event_id=${store.event.id}`, admin)).data.count).toBe(3)
        expect((await http.get("/admin/tickets?event_id=evt_other", admin)).data.count).toBe(0)

        await http.post(`/admin/tickets/${bobs.id}/void`, {}, admin)
        expect(ids((await http.get("/admin/tickets?status=void", admin)).data)).toEqual([bobs.id])
        expect((await http.get("/admin/tickets?status[]=valid&status[]=void", admin)).data.count).toBe(3)

        const page = await http.get("/admin/tickets?limit=2&offset=2", admin)
        expect(page.data).toMatchObject({ count: 3, offset: 2, limit: 2 })
        expect(page.data.tickets).toHaveLength(1)

        const bad = await http.get("/admin/tickets?status=lost", admin).catch(failure)
        expect(bad).toMatchObject({ status: 400, data: { field: "status" } })
        const anonymous = await http.get("/admin/tickets").catch(failure)
        expect(anonymous.status).toBe(401)
        const customer = await http.get("/admin/tickets", ada).catch(failure)
        expect(customer.status).toBe(401)
      })
    })

    describe("GET /admin/tickets/:id and POST /admin/tickets/:id/void", () => {
      it("should show a ticket with its transfers, dependents and refund requests, and void it once", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        await events().updateTicketTypes({ id: store.ticketType.id, allows_dependents: true, max_dependents: 2 })
        const { data: { dependent } } = await http.post("/store/customers/me/dependents", { name: "Lina", birth_date: "2017-05-05", relation: "child" }, ada)
        await http.post(`/store/customers/me/tickets/${ticket.id}/dependents`, { dependent_id: dependent.id }, ada)
        const { data: { transfer } } = await http.post(`/store/customers/me/tickets/${ticket.id}/transfers`, { to_email: bob.email }, ada)
        await http.post(`/store/customers/me/transfers/${transfer.id}/cancel`, {}, ada)
        const { data: { refund_request } } = await http.post(`/store/customers/me/tickets/${ticket.id}/refund-requests`, { reason: "ill" }, ada)
        const { data: { ticket: held } } = await http.get(`/store/customers/me/tickets/${ticket.id}`, ada)

        const { data: { ticket: shown } } = await http.get(`/admin/tickets/${ticket.id}`, admin)
        expect(shown).toMatchObject({
          id: ticket.id,
          status: "valid",
          holder_name: "Ada Lovelace",
          transfers: [{ id: transfer.id, status: "cancelled", to_email: "bob@tessera.test" }],
          dependents: [{ id: dependent.id, name: "Lina" }],
          refund_requests: [{ id: refund_request.id, status: "pending", reason: "ill" }],
        })
        expect(shown.transfers[0]).not.toHaveProperty("token_hash")

        const voided = await http.post(`/admin/tickets/${ticket.id}/void`, {}, admin)
        expect(voided.data.ticket).toMatchObject({ id: ticket.id, status: "void", version: 2 })
        const twice = await http.post(`/admin/tickets/${ticket.id}/void`, {}, admin).catch(failure)
        expect(twice).toMatchObject({ status: 409, data: { field: "id" } })
        expect((await events().listTickets({ id: ticket.id }))[0].version).toBe(2)
        const verdict = await http.post("/admin/credentials/verify", { credential: held.credential.qr }, admin)
        expect(verdict.data).toMatchObject({ status: "revoked", ticket: { status: "void", version: 2 } })

        const missing = await http.get("/admin/tickets/tkt_missing", admin).catch(failure)
        expect(missing.status).toBe(404)
        const missingVoid = await http.post("/admin/tickets/tkt_missing/void", {}, admin).catch(failure)
        expect(missingVoid).toMatchObject({ status: 404, data: { field: "id" } })
      })
    })
  },
})
