import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { type Api, buyTickets, failure, type Shopper, shopper, type Store } from "../utils/customer-fixtures"
import { adminHeaders } from "../utils/fixtures"
import { ticketStore } from "../utils/ticket-fixtures"

const DAY_MS = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer
    let store: Store
    let ada: Shopper
    let bob: Shopper
    let eve: Shopper

    beforeEach(async () => {
      container = getContainer()
      store = await ticketStore(container)
      ada = await shopper(container, store, { email: "ada@tessera.test", first_name: "Ada", last_name: "Lovelace", phone: "+491700000001" })
      bob = await shopper(container, store, { email: "bob@tessera.test", first_name: "Bob", last_name: "Builder", phone: "+491700000002" })
      eve = await shopper(container, store, { email: "eve@tessera.test", first_name: "Eve", last_name: "Mallory", phone: "+491700000003" })
    })

    const events = () => container.resolve<EventsService>("events")
    const transfersOf = (ticketId: string) => events().listTicketTransfers({ ticket_id: ticketId })
    /** The acceptance token as the recipient's notification carries it (no email provider here: stored as failed). */
    const tokenSentTo = async (to: string) => {
      const [notification] = await container.resolve(Modules.NOTIFICATION).listNotifications({ to }, { order: { created_at: "DESC" } })
      return (notification?.data as { token?: string } | undefined)?.token
    }
    const myTicket = async (who: Shopper) => {
      const { data } = await http.get("/store/customers/me/tickets", who)
      return data.tickets[0]
    }
    const verify = async (credential: string) => {
      const admin = await adminHeaders(container, `support-${Math.random().toString(36).slice(2)}@tessera.test`)
      return (await http.post("/admin/credentials/verify", { credential }, admin)).data
    }

    describe("POST /store/customers/me/tickets/:id/transfers and POST /store/customers/me/transfers/:id/accept", () => {
      it("should move the ticket to the recipient, revoke the sender's credential and sign a valid one for the recipient", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        const before = await myTicket(ada)

        const offered = await http.post(`/store/customers/me/tickets/${ticket.id}/transfers`, { kind: "gift", to_email: " Bob@Tessera.test ", message: "Enjoy!" }, ada)
        expect(offered.status).toBe(201)
        expect(offered.data.transfer).toMatchObject({ kind: "gift", status: "pending", to_email: "bob@tessera.test", message: "Enjoy!", ticket: { id: ticket.id } })
        expect(offered.data.transfer).not.toHaveProperty("token")
        expect(offered.data.transfer).not.toHaveProperty("token_hash")
        const lifetime = new Date(offered.data.transfer.expires_at).getTime() - Date.now()
        expect(lifetime).toBeGreaterThan(7 * DAY_MS - 60_000)
        expect(lifetime).toBeLessThanOrEqual(7 * DAY_MS)
        const token = await tokenSentTo("bob@tessera.test")
        expect(token).toEqual(expect.any(String))
        const [stored] = await transfersOf(ticket.id)
        expect(stored.token_hash).not.toContain(token)

        const incoming = await http.get("/store/customers/me/transfers?direction=incoming", bob)
        expect(incoming.data).toMatchObject({ count: 1, transfers: [{ id: offered.data.transfer.id, status: "pending" }] })
        const outgoing = await http.get("/store/customers/me/transfers?direction=outgoing", ada)
        expect(outgoing.data.transfers.map((t: { id: string }) => t.id)).toEqual([offered.data.transfer.id])
        expect((await http.get("/store/customers/me/transfers?direction=outgoing", bob)).data.count).toBe(0)

        const accepted = await http.post(`/store/customers/me/transfers/${offered.data.transfer.id}/accept`, {}, bob)
        expect(accepted.data.transfer).toMatchObject({ status: "accepted", ticket: { id: ticket.id } })

        const [moved] = await events().listTickets({ id: ticket.id })
        expect(moved).toMatchObject({ customer_id: bob.id, holder_name: "Bob Builder", holder_email: "bob@tessera.test", version: 2, status: "valid" })
        expect((await http.get("/store/customers/me/tickets", ada)).data.count).toBe(0)
        const after = await myTicket(bob)
        expect(after).toMatchObject({ id: ticket.id, version: 2, credential: { version: 2 } })

        expect(await verify(before.credential.qr)).toMatchObject({ status: "revoked", credential_version: 1, ticket: { id: ticket.id, version: 2 } })
        expect(await verify(before.credential.nfc)).toMatchObject({ status: "revoked" })
        expect(await verify(after.credential.qr)).toMatchObject({ status: "valid", ticket: { id: ticket.id, customer_id: bob.id } })
        expect(await verify(after.credential.nfc)).toMatchObject({ status: "valid" })
      })

      it("should let one of two concurrent accepts win and answer the other with 409", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        const { data: { transfer } } = await http.post(`/store/customers/me/tickets/${ticket.id}/transfers`, { kind: "transfer", to_phone: "+49 170 0000002" }, ada)
        const token = (await tokenSentTo("+491700000002"))!

        const answers = await Promise.all([
          http.post(`/store/customers/me/transfers/${transfer.id}/accept`, {}, bob).catch(failure),
          http.post("/store/transfers/accept", { token }, eve).catch(failure),
          http.post(`/store/customers/me/transfers/${transfer.id}/accept`, {}, bob).catch(failure),
        ])
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409])
        const winner = answers.find((a) => a.status === 200)!.data.transfer
        const [moved] = await events().listTickets({ id: ticket.id })
        expect(moved.version).toBe(2)
        const [settled] = await transfersOf(ticket.id)
        expect(settled).toMatchObject({ status: "accepted", accepted_by_customer_id: moved.customer_id })
        expect(winner.id).toBe(transfer.id)
      })

      it("should accept by token for any logged-in customer but never for the anonymous, a wrong token or the sender", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        await http.post(`/store/customers/me/tickets/${ticket.id}/transfers`, { to_email: "friend@elsewhere.test" }, ada)
        const token = (await tokenSentTo("friend@elsewhere.test"))!

        const anonymous = await http.post("/store/transfers/accept", { token }, { headers: store.headers }).catch(failure)
        expect(anonymous.status).toBe(401)
        const wrong = await http.post("/store/transfers/accept", { token: "x".repeat(43) }, eve).catch(failure)
        expect(wrong).toMatchObject({ status: 404, data: { field: "token" } })
        const own = await http.post("/store/transfers/accept", { token }, ada).catch(failure)
        expect(own).toMatchObject({ status: 400, data: { field: "token" } })
        const missing = await http.post("/store/transfers/accept", {}, eve).catch(failure)
        expect(missing).toMatchObject({ status: 400, data: { field: "token" } })

        const accepted = await http.post("/store/transfers/accept", { token }, eve)
        expect(accepted.data.transfer).toMatchObject({ status: "accepted" })
        expect((await myTicket(eve)).id).toBe(ticket.id)
        const again = await http.post("/store/transfers/accept", { token }, bob).catch(failure)
        expect(again).toMatchObject({ status: 409, data: { field: "id" } })
        // our conflict says what happened, not Medusa's generic "retry with an Idempotency-Key"
        expect(again.data.message).toMatch(/is accepted|no longer pending/)
      })
    })

    describe("transfer rules", () => {
      it("should refuse bad input naming the field, and write nothing", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        const url = `/store/customers/me/tickets/${ticket.id}/transfers`
        const cases: [unknown, string][] = [
          [{}, "to_email"],
          [{ to_email: "bob@tessera.test", to_phone: "+491700000002" }, "to_email"],
          [{ to_email: "not-an-email" }, "to_email"],
          [{ to_phone: "call me" }, "to_phone"],
          [{ to_email: "bob@tessera.test", kind: "sale" }, "kind"],
          [{ to_email: "bob@tessera.test", message: "x".repeat(501) }, "message"],
          [{ to_email: "ADA@tessera.test" }, "to_email"],
          [{ to_phone: "+49 170 0000001" }, "to_phone"],
        ]
        for (const [body, field] of cases) {
          const refused = await http.post(url, body, ada).catch(failure)
          expect({ body, status: refused.status, field: refused.data.field }).toEqual({ body, status: 400, field })
        }
        expect(await transfersOf(ticket.id)).toHaveLength(0)
      })

      it("should keep customers to their own tickets and transfers (404), allow one pending transfer per ticket, and let the sender cancel", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        const url = `/store/customers/me/tickets/${ticket.id}/transfers`

        const stolen = await http.post(url, { to_email: "bob@tessera.test" }, eve).catch(failure)
        expect(stolen).toMatchObject({ status: 404, data: { field: "id" } })
        const missing = await http.post("/store/customers/me/tickets/tkt_missing/transfers", { to_email: "bob@tessera.test" }, ada).catch(failure)
        expect(missing.status).toBe(404)

        const { data: { transfer } } = await http.post(url, { to_email: "bob@tessera.test" }, ada)
        const second = await http.post(url, { to_email: "eve@tessera.test" }, ada).catch(failure)
        expect(second).toMatchObject({ status: 409, data: { field: "id" } })
        const refund = await http.post(`/store/customers/me/tickets/${ticket.id}/refund-requests`, {}, ada).catch(failure)
        expect(refund).toMatchObject({ status: 409, data: { field: "id" } })

        expect((await http.get("/store/customers/me/transfers", eve)).data.count).toBe(0)
        const peek = await http.post(`/store/customers/me/transfers/${transfer.id}/accept`, {}, eve).catch(failure)
        expect(peek).toMatchObject({ status: 404, data: { field: "id" } })
        const meddle = await http.post(`/store/customers/me/transfers/${transfer.id}/cancel`, {}, bob).catch(failure)
        expect(meddle).toMatchObject({ status: 404, data: { field: "id" } })

        const cancelled = await http.post(`/store/customers/me/transfers/${transfer.id}/cancel`, {}, ada)
        expect(cancelled.data.transfer).toMatchObject({ id: transfer.id, status: "cancelled" })
        const late = await http.post(`/store/customers/me/transfers/${transfer.id}/accept`, {}, bob).catch(failure)
        expect(late).toMatchObject({ status: 409, data: { field: "id" } })
        const twice = await http.post(`/store/customers/me/transfers/${transfer.id}/cancel`, {}, ada).catch(failure)
        expect(twice.status).toBe(409)
        const [still] = await events().listTickets({ id: ticket.id })
        expect(still).toMatchObject({ customer_id: ada.id, version: 1 })

        // cancelled, the ticket can be offered again
        expect((await http.post(url, { to_email: "bob@tessera.test" }, ada)).status).toBe(201)
      })

      it("should refuse an expired transfer and let the ticket be offered again", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        const url = `/store/customers/me/tickets/${ticket.id}/transfers`
        const { data: { transfer } } = await http.post(url, { to_email: "bob@tessera.test" }, ada)
        await events().updateTicketTransfers({ id: transfer.id, expires_at: new Date(Date.now() - 1000) })

        const { data: incoming } = await http.get("/store/customers/me/transfers?direction=incoming", bob)
        expect(incoming.transfers[0]).toMatchObject({ id: transfer.id, status: "expired" })
        const late = await http.post(`/store/customers/me/transfers/${transfer.id}/accept`, {}, bob).catch(failure)
        expect(late).toMatchObject({ status: 409, data: { field: "id" } })
        const [still] = await events().listTickets({ id: ticket.id })
        expect(still).toMatchObject({ customer_id: ada.id, version: 1 })

        const again = await http.post(url, { to_email: "bob@tessera.test" }, ada)
        expect(again.status).toBe(201)
        const all = await transfersOf(ticket.id)
        expect(all.map((t) => t.status).sort()).toEqual(["expired", "pending"])
      })

      it("should only offer valid tickets, and tell support staff why a credential fails", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        const { credential } = await myTicket(ada)
        await events().voidTickets([ticket.id])

        const refused = await http.post(`/store/customers/me/tickets/${ticket.id}/transfers`, { to_email: "bob@tessera.test" }, ada).catch(failure)
        expect(refused).toMatchObject({ status: 409, data: { field: "id" } })
        expect(await verify(credential.qr)).toMatchObject({ status: "revoked", ticket: { status: "void" } })
        expect(await verify("TS1:NOTACREDENTIAL")).toMatchObject({ status: "malformed" })
        const tampered = credential.nfc.slice(0, -4) + (credential.nfc.endsWith("AAAA") ? "BBBB" : "AAAA")
        expect((await verify(tampered)).status).toMatch(/forged|malformed/)

        const admin = await adminHeaders(container, "support-empty@tessera.test")
        const empty = await http.post("/admin/credentials/verify", {}, admin).catch(failure)
        expect(empty).toMatchObject({ status: 400, data: { field: "credential" } })
        const anonymous = await http.post("/admin/credentials/verify", { credential: credential.qr }).catch(failure)
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
