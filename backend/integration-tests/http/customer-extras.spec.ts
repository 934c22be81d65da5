import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { type Api, buyTickets, failure, type Shopper, shopper, type Store } from "../utils/customer-fixtures"
import { ticketStore } from "../utils/ticket-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    let container: MedusaContainer
    let store: Store
    let ada: Shopper
    let bob: Shopper

    beforeEach(async () => {
      container = getContainer()
      store = await ticketStore(container)
      ada = await shopper(container, store, { email: "ada@tessera.test" })
      bob = await shopper(container, store, { email: "bob@tessera.test", first_name: "Bob" })
    })

    const events = () => container.resolve<EventsService>("events")

    describe("/store/customers/me/favorites", () => {
      it("should add idempotently (also concurrently), list with an event summary, remove, and keep each customer to their own", async () => {
        const url = "/store/customers/me/favorites"
        const added = await http.post(url, { event_id: store.event.id }, ada)
        expect(added.data.favorite).toMatchObject({ event_id: store.event.id, event: { id: store.event.id, title: "Tessera Summer Night", venue: { name: "Arena Berlin" } } })
        const again = await Promise.all([http.post(url, { event_id: store.event.id }, ada), http.post(url, { event_id: store.event.id }, ada)])
        expect(again.map((a) => a.data.favorite.id)).toEqual([added.data.favorite.id, added.data.favorite.id])

        const { data: list } = await http.get(url, ada)
        expect(list).toMatchObject({ count: 1, favorites: [{ event_id: store.event.id, event: { title: "Tessera Summer Night", status: "published" } }] })
        expect((await http.get(url, bob)).data).toMatchObject({ count: 0, favorites: [] })

        // bob removing "his" favorite of the event leaves ada's alone
        await http.delete(`${url}/${store.event.id}`, bob)
        expect((await http.get(url, ada)).data.count).toBe(1)
        const removed = await http.delete(`${url}/${store.event.id}`, ada)
        expect(removed.data).toEqual({ id: store.event.id, object: "event_favorite", deleted: true })
        expect((await http.get(url, ada)).data.count).toBe(0)
      })

      it("should refuse unknown and draft events and bad bodies naming event_id, and write nothing", async () => {
        const url = "/store/customers/me/favorites"
        const draft = await events().createEvents({
          title: "Secret rehearsal",
          handle: "secret-rehearsal",
          category: "music",
          starts_at: new Date("2027-07-01T18:00:00Z"),
          ends_at: new Date("2027-07-01T20:00:00Z"),
          timezone: "Europe/Berlin",
          venue_id: store.venue.id,
          organizer_id: store.event.organizer_id,
        })
        for (const [body, status] of [
          [{ event_id: "evt_nothing" }, 404],
          [{ event_id: draft.id }, 404],
          [{}, 400],
          [{ event_id: "" }, 400],
        ] as const) {
          const refused = await http.post(url, body, ada).catch(failure)
          expect({ body, status: refused.status, field: refused.data.field }).toEqual({ body, status, field: "event_id" })
        }
        expect(await events().listEventFavorites({ customer_id: ada.id })).toHaveLength(0)
        const anonymous = await http.get(url, { headers: store.headers }).catch(failure)
        expect(anonymous.status).toBe(401)
      })
    })

    describe("/store/customers/me/dependents", () => {
      it("should create, list, update and delete own dependents, refusing bad input by field and others' dependents with 404", async () => {
        const url = "/store/customers/me/dependents"
        const created = await http.post(url, { name: "Lina", birth_date: "2018-04-02", relation: "child" }, ada)
        expect(created.status).toBe(201)
        const lina = created.data.dependent
        expect(lina).toMatchObject({ name: "Lina", relation: "child" })
        expect(new Date(lina.birth_date).toISOString()).toBe("2018-04-02T00:00:00.000Z")

        const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
        for (const [body, field] of [
          [{ birth_date: "2018-04-02", relation: "child" }, "name"],
          [{ name: " ", birth_date: "2018-04-02", relation: "child" }, "name"],
          [{ name: "Max", birth_date: tomorrow, relation: "child" }, "birth_date"],
          [{ name: "Max", birth_date: "not a date", relation: "child" }, "birth_date"],
          [{ name: "Max", birth_date: "2018-04-02", relation: "cousin" }, "relation"],
        ] as const) {
          const refused = await http.post(url, body, ada).catch(failure)
          expect({ body, status: refused.status, field: refused.data.field }).toEqual({ body, status: 400, field })
        }
        expect(await events().listDependents({ customer_id: ada.id })).toHaveLength(1)

        expect((await http.get(url, ada)).data).toMatchObject({ count: 1, dependents: [{ id: lina.id }] })
        expect((await http.get(url, bob)).data.count).toBe(0)
        const peek = await http.post(`${url}/${lina.id}`, { name: "Mallory" }, bob).catch(failure)
        expect(peek).toMatchObject({ status: 404, data: { field: "id" } })
        const erase = await http.delete(`${url}/${lina.id}`, bob).catch(failure)
        expect(erase).toMatchObject({ status: 404, data: { field: "id" } })
        const badUpdate = await http.post(`${url}/${lina.id}`, { relation: "pet" }, ada).catch(failure)
        expect(badUpdate).toMatchObject({ status: 400, data: { field: "relation" } })

        const renamed = await http.post(`${url}/${lina.id}`, { name: "Lina Lovelace" }, ada)
        expect(renamed.data.dependent).toMatchObject({ id: lina.id, name: "Lina Lovelace", relation: "child" })
        expect((await http.delete(`${url}/${lina.id}`, ada)).data).toEqual({ id: lina.id, object: "dependent", deleted: true })
        expect((await http.get(url, ada)).data.count).toBe(0)
      })

      it("should attach dependents only within the ticket type's allowance, also under concurrency, and show them on the ticket", async () => {
        const { tickets: [ticket] } = await buyTickets(http, container, store, ada)
        const add = async (who: Shopper, name: string) =>
          (await http.post("/store/customers/me/dependents", { name, birth_date: "2016-01-01", relation: "child" }, who)).data.dependent
        const [lina, max, bobs] = [await add(ada, "Lina"), await add(ada, "Max"), await add(bob, "Tom")]
        const attach = (dependentId: string, who = ada, ticketId = ticket.id) =>
          http.post(`/store/customers/me/tickets/${ticketId}/dependents`, { dependent_id: dependentId }, who)
        const shown = async () => (await http.get(`/store/customers/me/tickets/${ticket.id}`, ada)).data.ticket

        const notAllowed = await attach(lina.id).catch(failure)
        expect(notAllowed).toMatchObject({ status: 400, data: { field: "dependent_id" } })

        await events().updateTicketTypes({ id: store.ticketType.id, allows_dependents: true, max_dependents: 1 })
        expect((await attach(lina.id)).data.dependents.map((d: { id: string }) => d.id)).toEqual([lina.id])
        expect((await attach(lina.id)).data.dependents).toHaveLength(1)
        const full = await attach(max.id).catch(failure)
        expect(full).toMatchObject({ status: 409, data: { field: "dependent_id" } })
        expect((await shown()).dependents).toEqual([expect.objectContaining({ id: lina.id, name: "Lina", relation: "child" })])

        expect((await attach(bobs.id).catch(failure))).toMatchObject({ status: 404, data: { field: "dependent_id" } })
        expect((await attach(bobs.id, bob).catch(failure))).toMatchObject({ status: 404, data: { field: "id" } })
        expect((await attach("", ada).catch(failure))).toMatchObject({ status: 400, data: { field: "dependent_id" } })
        const foreignDetach = await http.delete(`/store/customers/me/tickets/${ticket.id}/dependents/${lina.id}`, bob).catch(failure)
        expect(foreignDetach.status).toBe(404)

        const detached = await http.delete(`/store/customers/me/tickets/${ticket.id}/dependents/${lina.id}`, ada)
        expect(detached.data.dependents).toEqual([])
        const notThere = await http.delete(`/store/customers/me/tickets/${ticket.id}/dependents/${lina.id}`, ada).catch(failure)
        expect(notThere).toMatchObject({ status: 404, data: { field: "dependent_id" } })

        // the last place, claimed twice at once: exactly one wins
        const race = await Promise.all([attach(lina.id).catch(failure), attach(max.id).catch(failure)])
        expect(race.map((r) => r.status).sort()).toEqual([200, 409])
        expect((await shown()).dependents).toHaveLength(1)

        // a deleted dependent leaves the ticket; a transferred ticket leaves its dependents with the sender
        const [attached] = (await shown()).dependents
        await http.delete(`/store/customers/me/dependents/${attached.id}`, ada)
        expect((await shown()).dependents).toEqual([])
        await attach(attached.id === lina.id ? max.id : lina.id)
        const { data: { transfer } } = await http.post(`/store/customers/me/tickets/${ticket.id}/transfers`, { to_email: bob.email }, ada)
        await http.post(`/store/customers/me/transfers/${transfer.id}/accept`, {}, bob)
        const { data: { ticket: received } } = await http.get(`/store/customers/me/tickets/${ticket.id}`, bob)
        expect(received.dependents).toEqual([])
      })
    })
  },
})
