import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { type Api, buyTickets, failure, type Headers, type Shopper, shopper, type Store } from "../utils/customer-fixtures"
import { eventually } from "../utils/eventually"
import { adminHeaders } from "../utils/fixtures"
import { ticketStore } from "../utils/ticket-fixtures"

type OrderMoney = { payment_collections: { payments: { captures: { amount: number }[]; refunds: { id: string; amount: number }[] }[] }[] }

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
      ada = await shopper(container, store, { email: "ada@tessera.test" })
      bob = await shopper(container, store, { email: "bob@tessera.test", first_name: "Bob" })
      admin = await adminHeaders(container)
    })

    const events = () => container.resolve<EventsService>("events")
    const ticket = async (id: string) => (await events().listTickets({ id }))[0]
    const money = async (orderId: string) => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.id", "payment_collections.payments.refunds.amount"],
        filters: { id: orderId },
      })
      const payments = (order as unknown as OrderMoney).payment_collections.flatMap((c) => c.payments)
      return {
        captured: payments.flatMap((p) => p.captures).reduce((sum, c) => sum + Number(c.amount), 0),
        refunds: payments.flatMap((p) => p.refunds).map((r) => ({ id: r.id, amount: Number(r.amount) })),
      }
    }
    const reserved = async (lineItemId: string) => {
      const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineItemId })
      return reservations.reduce((sum, r) => sum + Number(r.quantity), 0)
    }
    const requestRefund = (ticketId: string, who: Shopper, body: unknown = {}) =>
      http.post(`/store/customers/me/tickets/${ticketId}/refund-requests`, body, who)

    describe("POST /store/customers/me/tickets/:id/refund-requests", () => {
      it("should record one pending request per own valid ticket and refuse everything else", async () => {
        const { tickets: [first, second] } = await buyTickets(http, container, store, ada, 2)

        const created = await requestRefund(first.id, ada, { reason: "I cannot come" })
        expect(created.status).toBe(201)
        expect(created.data.refund_request).toMatchObject({ ticket_id: first.id, status: "pending", reason: "I cannot come", amount: null })

        const again = await requestRefund(first.id, ada).catch(failure)
        expect(again).toMatchObject({ status: 409, data: { field: "id" } })
        const theirs = await requestRefund(second.id, bob).catch(failure)
        expect(theirs).toMatchObject({ status: 404, data: { field: "id" } })
        const tooLong = await requestRefund(second.id, ada, { reason: "x".repeat(1001) }).catch(failure)
        expect(tooLong).toMatchObject({ status: 400, data: { field: "reason" } })
        const unknown = await requestRefund(second.id, ada, { amount: 10 }).catch(failure)
        expect(unknown.status).toBe(400)
        expect(await events().listTicketRefundRequests({ ticket_id: second.id })).toHaveLength(0)

        const transfer = await http.post(`/store/customers/me/tickets/${first.id}/transfers`, { to_email: "bob@tessera.test" }, ada).catch(failure)
        expect(transfer).toMatchObject({ status: 409, data: { field: "id" } })

        // bob received the second ticket: its money was ada's, so only ada could ask (and gets it back)
        const { data: { transfer: gift } } = await http.post(`/store/customers/me/tickets/${second.id}/transfers`, { kind: "gift", to_email: bob.email }, ada)
        await http.post(`/store/customers/me/transfers/${gift.id}/accept`, {}, bob)
        const recipient = await requestRefund(second.id, bob).catch(failure)
        expect(recipient).toMatchObject({ status: 400, data: { field: "id" } })
        expect(await events().listTicketRefundRequests({ ticket_id: second.id })).toHaveLength(0)

        const mine = await http.get("/store/customers/me/refund-requests", ada)
        expect(mine.data).toMatchObject({ count: 1, refund_requests: [{ id: created.data.refund_request.id }] })
        expect((await http.get("/store/customers/me/refund-requests", bob)).data.count).toBe(0)
      })
    })

    describe("POST /admin/refund-requests/:id/approve", () => {
      it("should capture, refund the ticket's unit price once, revoke the ticket and give its seat back", async () => {
        const { order, tickets: [first, second] } = await buyTickets(http, container, store, ada, 2)
        const { data: { ticket: shown } } = await http.get(`/store/customers/me/tickets/${first.id}`, ada)
        const oldCredential: string = shown.credential.qr
        expect(await reserved(first.line_item_id!)).toBe(2)
        const { data: { refund_request: request } } = await requestRefund(first.id, ada)

        const pending = await http.get("/admin/refund-requests?status=pending", admin)
        expect(pending.data).toMatchObject({ count: 1, refund_requests: [{ id: request.id, ticket_id: first.id, order_id: order.id }] })

        const approved = await http.post(`/admin/refund-requests/${request.id}/approve`, {}, admin)
        expect(approved.data.refund_request).toMatchObject({ status: "approved", amount: 50, currency_code: "eur", refund_id: expect.any(String) })
        expect(await ticket(first.id)).toMatchObject({ status: "refunded", version: 2 })
        expect(await ticket(second.id)).toMatchObject({ status: "valid", version: 1 })
        const after = await money(order.id)
        expect(after.captured).toBe(100)
        expect(after.refunds).toEqual([{ id: approved.data.refund_request.refund_id, amount: 50 }])
        expect(await reserved(first.line_item_id!)).toBe(1)
        // the seat is on sale again (the catalog's stock cache is invalidated by the reservation change)
        const available = async () =>
          (await http.get(`/store/events/${store.event.handle}`, { headers: store.headers })).data.event.ticket_types[0].available as number
        expect(await eventually(available, (left) => left === 99, 5_000)).toBe(99)

        const twice = await http.post(`/admin/refund-requests/${request.id}/approve`, {}, admin).catch(failure)
        expect(twice).toMatchObject({ status: 409, data: { field: "id" } })
        expect((await money(order.id)).refunds).toHaveLength(1)
        const verdict = await http.post("/admin/credentials/verify", { credential: oldCredential }, admin)
        expect(verdict.data).toMatchObject({ status: "revoked", ticket: { status: "refunded" } })
        const { data: mine } = await http.get(`/store/customers/me/tickets/${first.id}`, ada)
        expect(mine.ticket).toMatchObject({ status: "refunded", credential: null })

        // the second ticket of the same order: the payment is captured already, so it is refunded directly
        const { data: { refund_request: next } } = await requestRefund(second.id, ada)
        await http.post(`/admin/refund-requests/${next.id}/approve`, {}, admin)
        const settled = await money(order.id)
        expect(settled.captured).toBe(100)
        expect(settled.refunds.map((r) => r.amount)).toEqual([50, 50])
        expect(await reserved(first.line_item_id!)).toBe(0)
      })

      it("should move money once when two admins approve at the same moment", async () => {
        const { order, tickets: [first] } = await buyTickets(http, container, store, ada)
        const { data: { refund_request: request } } = await requestRefund(first.id, ada)
        const other = await adminHeaders(container, "second-admin@tessera.test")

        const answers = await Promise.all([
          http.post(`/admin/refund-requests/${request.id}/approve`, {}, admin).catch(failure),
          http.post(`/admin/refund-requests/${request.id}/approve`, {}, other).catch(failure),
          http.post(`/admin/refund-requests/${request.id}/reject`, { note: "no" }, other).catch(failure),
        ])
        const statuses = answers.map((a) => a.status)
        expect(statuses.filter((s) => s === 200)).toHaveLength(1)
        expect(statuses.filter((s) => s === 409)).toHaveLength(2)
        const [decided] = await events().listTicketRefundRequests({ id: request.id })
        const { refunds } = await money(order.id)
        if (decided.status === "approved") {
          expect(refunds).toHaveLength(1)
          expect(await ticket(first.id)).toMatchObject({ status: "refunded", version: 2 })
        } else {
          expect(refunds).toHaveLength(0)
          expect(await ticket(first.id)).toMatchObject({ status: "valid", version: 1 })
        }
      })

      it("should refuse a request whose ticket is no longer valid, leaving it pending and refunding nothing", async () => {
        const { order, tickets: [first] } = await buyTickets(http, container, store, ada)
        const { data: { refund_request: request } } = await requestRefund(first.id, ada)
        await events().voidTickets([first.id])

        const refused = await http.post(`/admin/refund-requests/${request.id}/approve`, {}, admin).catch(failure)
        expect(refused).toMatchObject({ status: 409, data: { field: "ticket_id" } })
        const [still] = await events().listTicketRefundRequests({ id: request.id })
        expect(still).toMatchObject({ status: "pending", refund_id: null, decided_at: null })
        expect(await money(order.id)).toEqual({ captured: 0, refunds: [] })
        expect(await ticket(first.id)).toMatchObject({ status: "void", version: 2 })

        const missing = await http.post("/admin/refund-requests/rfq_missing/approve", {}, admin).catch(failure)
        expect(missing.status).toBe(404)
      })
    })

    describe("POST /admin/refund-requests/:id/reject", () => {
      it("should reject with a note, keep the ticket valid, and let the customer ask again", async () => {
        const { order, tickets: [first] } = await buyTickets(http, container, store, ada)
        const { data: { refund_request: request } } = await requestRefund(first.id, ada)

        const noNote = await http.post(`/admin/refund-requests/${request.id}/reject`, {}, admin).catch(failure)
        expect(noNote).toMatchObject({ status: 400, data: { field: "note" } })
        expect((await events().listTicketRefundRequests({ id: request.id }))[0].status).toBe("pending")

        const rejected = await http.post(`/admin/refund-requests/${request.id}/reject`, { note: "Past the refund deadline" }, admin)
        expect(rejected.data.refund_request).toMatchObject({ status: "rejected", decision_note: "Past the refund deadline", decided_by: admin.user.id })
        const late = await http.post(`/admin/refund-requests/${request.id}/approve`, {}, admin).catch(failure)
        expect(late.status).toBe(409)
        expect(await ticket(first.id)).toMatchObject({ status: "valid", version: 1 })
        expect((await money(order.id)).refunds).toHaveLength(0)

        const { data: mine } = await http.get("/store/customers/me/refund-requests", ada)
        expect(mine.refund_requests[0]).toMatchObject({ status: "rejected", decision_note: "Past the refund deadline" })
        expect((await requestRefund(first.id, ada)).status).toBe(201)
        const filtered = await http.get("/admin/refund-requests?status=rejected", admin)
        expect(filtered.data).toMatchObject({ count: 1, refund_requests: [{ id: request.id }] })
        const badFilter = await http.get("/admin/refund-requests?status=maybe", admin).catch(failure)
        expect(badFilter).toMatchObject({ status: 400, data: { field: "status" } })
      })
    })
  },
})
