import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemo } from "../../src/seed"
import { DEMO_ADMIN, DEMO_CUSTOMER, DEMO_ORGANIZER } from "../../src/seed/demo-logins"
import type { EventsService } from "../../src/workflows/utils/events-service"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("seedDemo", () => {
      it("should be idempotent: a second run finds everything and creates nothing", async () => {
        const container = getContainer()
        const first = await seedDemo(container)
        const second = await seedDemo(container)
        expect(second).toEqual(first)

        expect(await container.resolve(Modules.REGION).listRegions({ name: "Europe" })).toHaveLength(1)
        expect(await container.resolve(Modules.USER).listUsers({ email: DEMO_ADMIN.email })).toHaveLength(1)
        const keys = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Tessera PWA" })
        expect(keys).toHaveLength(1)
        const signing = await container.resolve<{ listPublicKeys(): Promise<unknown[]> }>("credential").listPublicKeys()
        expect(signing).toHaveLength(1)

        const events = container.resolve<EventsService>("events")
        const [event, ...otherEvents] = await events.listEvents({ handle: "tessera-live" }, { relations: ["ticket_types"] })
        expect(otherEvents).toEqual([])
        expect(event).toMatchObject({ title: "Tessera Live", status: "published", timezone: "Europe/Berlin" })
        expect(event.ticket_types.map((t) => t.name).sort()).toEqual(["Child", "GA", "VIP"])
        expect(event.ticket_types.find((t) => t.name === "Child")).toMatchObject({ allows_dependents: true })
        expect(first.event_handle).toBe("tessera-live")
        const products = await container.resolve(Modules.PRODUCT).listProducts({ handle: "tessera-live" })
        expect(products).toHaveLength(1)

        const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email: DEMO_CUSTOMER.email })
        expect(customers).toHaveLength(1)
        const tickets = await events.listTickets({ customer_id: customers[0].id })
        expect(tickets).toHaveLength(1)
        expect(tickets[0]).toMatchObject({ status: "valid", event_id: event.id })
      })

      it("should hand out a publishable key that opens the store, and an admin that can log in", async () => {
        const demo = await seedDemo(getContainer())
        const regions = await api.get("/store/regions", { headers: { "x-publishable-api-key": demo.publishable_key } })
        expect(regions.data.regions.map((r: { name: string }) => r.name)).toEqual(["Europe"])

        const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
        const me = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(me.data.user.email).toBe(DEMO_ADMIN.email)
        expect(demo.logins).toContainEqual(expect.objectContaining({ actor: "admin", ...DEMO_ADMIN }))
      })

      it("should hand out a customer who can log in and already holds a GA ticket for Tessera Live", async () => {
        const demo = await seedDemo(getContainer())
        expect(demo.logins).toContainEqual({ actor: "customer", ...DEMO_CUSTOMER, login_url: "/" })

        const login = await api.post("/auth/customer/emailpass", DEMO_CUSTOMER)
        const headers = { "x-publishable-api-key": demo.publishable_key, authorization: `Bearer ${login.data.token}` }
        const { data } = await api.get("/store/customers/me/tickets", { headers })
        expect(data.count).toBe(1)
        expect(data.tickets[0]).toMatchObject({
          status: "valid",
          event: { title: "Tessera Live", venue: { name: "Tessera Arena" } },
          ticket_type: { name: "GA" },
          credential: { qr: expect.stringMatching(/^TS1:/), version: 1 },
        })
      })

      it("should hand out an organizer who can log in to the portal and sees Tessera Live", async () => {
        const demo = await seedDemo(getContainer())
        expect(demo.logins).toContainEqual({ actor: "organizer", ...DEMO_ORGANIZER, login_url: "/organizer" })
        const identities = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: DEMO_ORGANIZER.email })
        expect(identities).toHaveLength(1)

        const login = await api.post("/auth/organizer/emailpass", DEMO_ORGANIZER)
        const headers = { authorization: `Bearer ${login.data.token}` }
        const me = await api.get("/organizer/me", { headers })
        expect(me.data.organizer).toMatchObject({ name: "Tessera Presents", email: DEMO_ORGANIZER.email })
        const { data } = await api.get("/organizer/events", { headers })
        expect(data.events.map((e: { title: string }) => e.title)).toEqual(["Tessera Live"])
      })
    })
  },
})
