import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type CredentialModule from "@tessera/credentials/modules/credential"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { adminHeaders } from "../utils/fixtures"
import { ticketStore } from "../utils/ticket-fixtures"
import { eventually } from "../utils/eventually"

type CredentialService = InstanceType<(typeof CredentialModule)["service"]>
type Headers = { headers: Record<string, string> }
type Api = {
  get: (url: string, config?: Record<string, unknown>) => Promise<{ status: number; data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<{ status: number; data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
}

const PASSWORD = "tessera-pass-1"


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer
    let store: Awaited<ReturnType<typeof ticketStore>>

    beforeEach(async () => {
      container = getContainer()
      store = await ticketStore(container)
    })

    /** Registers and logs in a customer the way a storefront does; returns its headers and id. */
    async function customer(email: string): Promise<Headers & { id: string }> {
      const registration = await http.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await http.post(
        "/store/customers",
        { email, first_name: "Ada", last_name: email.split("@")[0] },
        { headers: { ...store.headers, authorization: `Bearer ${registration.data.token}` } }
      )
      const login = await http.post("/auth/customer/emailpass", { email, password: PASSWORD })
      const headers = { ...store.headers, authorization: `Bearer ${login.data.token}` }
      const me = await http.get("/store/customers/me", { headers })
      return { headers, id: me.data.customer.id }
    }

    /** Two tickets and one non-ticket line, paid with the system provider, no shipping method. */
    async function buyTickets(buyer: Headers, email: string, quantity = 2) {
      const { data: { cart } } = await http.post(
        "/store/carts",
        { region_id: store.region.id, sales_channel_id: store.salesChannel.id },
        buyer
      )
      await http.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.ticketVariant.id, quantity }, buyer)
      await http.post(`/store/carts/${cart.id}/line-items`, { variant_id: store.otherVariant.id, quantity: 1 }, buyer)
      await http.post(`/store/carts/${cart.id}`, { email }, buyer)
      const { data: { payment_collection } } = await http.post("/store/payment-collections", { cart_id: cart.id }, buyer)
      await http.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        buyer
      )
      const completed = await http.post(`/store/carts/${cart.id}/complete`, {}, buyer)
      expect(completed.data.type).toBe("order")
      return completed.data.order as { id: string; items: { id: string; variant_id: string }[] }
    }

    // By id through the engine: importing the workflow's source here would register it a second time
    // beside the built copy the app loaded.
    const runWorkflow = async <T>(id: "issue-order-tickets" | "void-order-tickets", orderId: string) => {
      const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
      const { result, errors } = await engine.run(id, { input: { order_id: orderId }, throwOnError: true })
      expect(errors ?? []).toEqual([])
      return result as T
    }
    const events = () => container.resolve<EventsService>("events")
    const credentials = () => container.resolve<CredentialService>("credential")
    const ticketsOf = (orderId: string) => events().listTickets({ order_id: orderId }, { order: { unit_index: "ASC" } })

    describe("issueOrderTicketsWorkflow (order.placed)", () => {
      it("should issue exactly one ticket per unit of the ticket line, for the buyer, and never twice", async () => {
        const buyer = await customer("ada@tessera.test")
        const order = await buyTickets(buyer, "ada@tessera.test")
        const ticketLine = order.items.find((item) => item.variant_id === store.ticketVariant.id)!

        const tickets = await eventually(() => ticketsOf(order.id), (found) => found.length >= 2)
        expect(tickets).toHaveLength(2)
        expect(tickets.map((t) => t.unit_index)).toEqual([0, 1])
        tickets.forEach((ticket) =>
          expect(ticket).toMatchObject({
            status: "valid",
            version: 1,
            customer_id: buyer.id,
            line_item_id: ticketLine.id,
            event_id: store.event.id,
            ticket_type_id: store.ticketType.id,
            holder_email: "ada@tessera.test",
            holder_name: "Ada ada",
          })
        )

        const again = await runWorkflow<{ id: string }[]>("issue-order-tickets", order.id)
        expect(again.map((t) => t.id)).toEqual(tickets.map((t) => t.id))
        expect(await ticketsOf(order.id)).toHaveLength(2)
      })
    })

    describe("GET /store/customers/me/tickets", () => {
      it("should list the customer's tickets with credentials that verify, and hide them from everyone else", async () => {
        const buyer = await customer("grace@tessera.test")
        const order = await buyTickets(buyer, "grace@tessera.test")
        await eventually(() => ticketsOf(order.id), (found) => found.length >= 2)

        const { data: list } = await http.get("/store/customers/me/tickets", buyer)
        expect(list).toMatchObject({ count: 2, offset: 0, limit: 20 })
        expect(list.tickets).toHaveLength(2)
        for (const ticket of list.tickets) {
          expect(ticket).toMatchObject({
            status: "valid",
            version: 1,
            code: expect.stringMatching(/^TSR-/),
            event: { id: store.event.id, title: "Tessera Summer Night", venue: { name: "Arena Berlin" } },
            ticket_type: { name: "General admission", tier: "general" },
            credential: { qr: expect.stringMatching(/^TS1:/), nfc: expect.any(String), kid: expect.any(String), version: 1 },
          })
          expect(new Date(ticket.event.starts_at).toISOString()).toBe("2027-06-01T18:00:00.000Z")
          for (const form of [ticket.credential.nfc, ticket.credential.qr]) {
            const verdict = await credentials().verify(form, () => 1)
            expect(verdict).toMatchObject({ ok: true, claims: { kind: "ticket", id: ticket.id, version: 1, event_id: store.event.id } })
          }
        }

        const page = await http.get("/store/customers/me/tickets?limit=1&offset=1", buyer)
        expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.data.tickets.map((t: { id: string }) => t.id)).toEqual([list.tickets[1].id])

        const one = await http.get(`/store/customers/me/tickets/${list.tickets[0].id}`, buyer)
        expect(one.data.ticket).toMatchObject({ id: list.tickets[0].id, credential: { nfc: list.tickets[0].credential.nfc } })

        const stranger = await customer("mallory@tessera.test")
        const theirs = await http.get("/store/customers/me/tickets", stranger)
        expect(theirs.data).toMatchObject({ tickets: [], count: 0 })
        const peek = await http
          .get(`/store/customers/me/tickets/${list.tickets[0].id}`, stranger)
          .catch((e: { response: { status: number; data: unknown } }) => e.response)
        expect(peek.status).toBe(404)
        expect(peek.data).toMatchObject({ type: "not_found" })

        const anonymous = await http
          .get("/store/customers/me/tickets", { headers: store.headers })
          .catch((e: { response: { status: number } }) => e.response)
        expect(anonymous.status).toBe(401)

        const tooMany = await http
          .get("/store/customers/me/tickets?limit=500", buyer)
          .catch((e: { response: { status: number } }) => e.response)
        expect(tooMany.status).toBe(400)
      })
    })

    describe("voidRefundedOrderTicketsWorkflow (payment.refunded)", () => {
      it("should void the tickets once the order is refunded in full, and not after a partial refund", async () => {
        const buyer = await customer("grace@tessera.test")
        const order = await buyTickets(buyer, "grace@tessera.test")
        await eventually(() => ticketsOf(order.id), (found) => found.length >= 2)
        const admin = await adminHeaders(container)
        const { data } = await http.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id,payment_collections.payments.amount`, admin)
        const [payment] = data.order.payment_collections[0].payments as { id: string; amount: number }[]
        await http.post(`/admin/payments/${payment.id}/capture`, {}, admin)

        await http.post(`/admin/payments/${payment.id}/refund`, { amount: 50 }, admin)
        await new Promise((resolve) => setTimeout(resolve, 1_500)) // the subscriber has had its chance
        expect((await ticketsOf(order.id)).map((t) => [t.status, t.version])).toEqual([["valid", 1], ["valid", 1]])

        await http.post(`/admin/payments/${payment.id}/refund`, { amount: Number(payment.amount) - 50 }, admin)
        const voided = await eventually(() => ticketsOf(order.id), (found) => found.every((t) => t.status === "void"))
        expect(voided.map((t) => [t.status, t.version])).toEqual([["void", 2], ["void", 2]])
      })
    })

    describe("voidOrderTicketsWorkflow (order.canceled)", () => {
      it("should void the tickets of a canceled order and revoke their credentials", async () => {
        const buyer = await customer("linus@tessera.test")
        const order = await buyTickets(buyer, "linus@tessera.test")
        await eventually(() => ticketsOf(order.id), (found) => found.length >= 2)
        const { data: before } = await http.get("/store/customers/me/tickets", buyer)
        const oldCredential: string = before.tickets[0].credential.nfc

        const admin = await adminHeaders(container)
        await http.post(`/admin/orders/${order.id}/cancel`, {}, admin)

        const voided = await eventually(() => ticketsOf(order.id), (found) => found.every((t) => t.status === "void"))
        voided.forEach((ticket) => expect(ticket).toMatchObject({ status: "void", version: 2 }))
        const stored = new Map(voided.map((t) => [t.id, t.version]))
        const verdict = await credentials().verify(oldCredential, (_kind, id) => stored.get(id))
        expect(verdict).toMatchObject({ ok: false, reason: "revoked", claims: { id: before.tickets[0].id, version: 1 } })

        const { data: after } = await http.get("/store/customers/me/tickets", buyer)
        after.tickets.forEach((ticket: { status: string; credential: unknown }) =>
          expect(ticket).toMatchObject({ status: "void", credential: null })
        )

        // a redelivered event changes nothing, and a canceled order gets no new tickets
        expect(await runWorkflow<unknown[]>("void-order-tickets", order.id)).toEqual([])
        expect(await runWorkflow<unknown[]>("issue-order-tickets", order.id)).toEqual([])
        const settled = await ticketsOf(order.id)
        expect(settled.map((t) => [t.status, t.version])).toEqual([["void", 2], ["void", 2]])
      })
    })
  },
})
