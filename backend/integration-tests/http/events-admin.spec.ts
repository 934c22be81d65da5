import { createRequire } from "node:module"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { createEventWorkflow as CreateEventWorkflow } from "@tessera/events/workflows"
import { seedStore } from "../../src/seed/seed-store"
import { adminHeaders } from "../utils/fixtures"

type HttpError = { response: { status: number; data: { type: string; message: string; field?: string } } }
type Body = Record<string, unknown>

// The workflow module the app itself loaded (Node's require cache, not a second copy through Vitest),
// so a hook handler registered here is the one the app runs.
const { createEventWorkflow } = createRequire(import.meta.url)("@tessera/events/workflows") as {
  createEventWorkflow: typeof CreateEventWorkflow
}

/** An extension that refuses an event at the very end of createEventWorkflow, after the product exists. */
createEventWorkflow.hooks.eventCreated(({ additional_data }) => {
  if (additional_data?.refuse) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "refused by an extension")
})

const TICKET_TYPES = [
  { name: "General admission", tier: "general", price: 45, currency_code: "eur", capacity: 500 },
  { name: "VIP", tier: "vip", price: 120, currency_code: "eur", capacity: 50, admits: ["vip-lounge"] },
  { name: "Child", tier: "child", price: 20, currency_code: "eur", capacity: 100, allows_dependents: false },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: Awaited<ReturnType<typeof seedStore>>
    let venueId: string
    let organizerId: string

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      store = await seedStore(container)
      venueId = (
        await api.post(
          "/admin/venues",
          { name: "Arena Berlin", address_1: "Messeplatz 1", city: "Berlin", country_code: "DE", capacity: 1000 },
          admin
        )
      ).data.venue.id
      organizerId = (await api.post("/admin/organizers", { name: "Tessera Live", email: "Live@Tessera.test" }, admin)).data.organizer
        .id
    })

    const eventBody = (overrides: Body = {}): Body => ({
      title: "Summer Fest 2027",
      category: "music",
      starts_at: "2027-06-01T18:00:00Z",
      ends_at: "2027-06-01T23:30:00Z",
      doors_open_at: "2027-06-01T17:00:00Z",
      timezone: "Europe/Berlin",
      venue_id: venueId,
      organizer_id: organizerId,
      stock_location_id: store.stockLocation.id,
      images: ["https://img.tessera.test/summer-fest.jpg"],
      ticket_types: TICKET_TYPES,
      ...overrides,
    })

    const createEvent = async (overrides: Body = {}) => (await api.post("/admin/events", eventBody(overrides), admin)).data.event

    const refused = (request: Promise<unknown>) => request.then(() => ({ status: 200, data: {} }) as HttpError["response"], (e: HttpError) => e.response)

    /** How many rows the catalog holds; a refused request must leave them all as they were. */
    async function catalogCounts(container: MedusaContainer) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      return {
        events: await count("event"),
        ticket_types: await count("ticket_type"),
        products: await count("product"),
        variants: await count("product_variant"),
        inventory_items: await count("inventory_item"),
      }
    }

    describe("POST /admin/events", () => {
      it("should create one published product with a priced variant per ticket type, stocked at the event's location", async () => {
        const event = await createEvent()
        expect(event).toMatchObject({ title: "Summer Fest 2027", handle: "summer-fest-2027", status: "draft" })
        expect(event.ticket_types.map((t: { name: string }) => t.name)).toEqual(["General admission", "VIP", "Child"])

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: [
            "id",
            "handle",
            "status",
            "shipping_profile.id",
            "sales_channels.id",
            "options.title",
            "variants.id",
            "variants.title",
            "variants.manage_inventory",
            "variants.prices.amount",
            "variants.prices.currency_code",
            "variants.inventory_items.inventory.requires_shipping",
            "variants.inventory_items.inventory.location_levels.location_id",
            "variants.inventory_items.inventory.location_levels.stocked_quantity",
          ],
          filters: { handle: "summer-fest-2027" },
        })
        expect(products).toHaveLength(1)
        const [product] = products
        expect(product.status).toBe("published")
        expect(product.shipping_profile?.id).toBeUndefined()
        expect(product.sales_channels.map((c: { id: string }) => c.id)).toEqual([store.salesChannel.id])
        expect(product.options.map((o: { title: string }) => o.title)).toEqual(["Ticket type"])
        expect(product.variants).toHaveLength(3)
        for (const ticketType of TICKET_TYPES) {
          const variant = product.variants.find((v: { title: string }) => v.title === ticketType.name)
          expect(variant.manage_inventory).toBe(true)
          expect(variant.prices).toEqual([expect.objectContaining({ amount: ticketType.price, currency_code: "eur" })])
          expect(variant.inventory_items).toHaveLength(1)
          const [{ inventory }] = variant.inventory_items
          expect(inventory.requires_shipping).toBe(false)
          expect(inventory.location_levels).toEqual([
            expect.objectContaining({ location_id: store.stockLocation.id, stocked_quantity: ticketType.capacity }),
          ])
        }

        const { data: [linked] } = await query.graph({
          entity: "event",
          fields: ["id", "product.id", "stock_location.id", "ticket_types.name", "ticket_types.product_variant.id"],
          filters: { id: event.id },
        })
        expect(linked.product.id).toBe(product.id)
        expect(linked.stock_location.id).toBe(store.stockLocation.id)
        for (const ticketType of linked.ticket_types) {
          const variant = product.variants.find((v: { title: string }) => v.title === ticketType.name)
          expect(ticketType.product_variant.id).toBe(variant.id)
        }
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["id", "ticket_type.id", "ticket_type.event.id"],
          filters: { id: product.variants.map((v: { id: string }) => v.id) },
        })
        expect(variants.map((v: { ticket_type: { event: { id: string } } }) => v.ticket_type.event.id)).toEqual([event.id, event.id, event.id])
      })

      it("should answer the event with its venue, organizer and each ticket type's variant, price and stock", async () => {
        const event = await createEvent()
        expect(event.venue).toMatchObject({ id: venueId, name: "Arena Berlin", city: "Berlin" })
        expect(event.organizer).toMatchObject({ id: organizerId, name: "Tessera Live", email: "live@tessera.test" })
        expect(event.stock_location).toMatchObject({ id: store.stockLocation.id })
        expect(event.ticket_types[1]).toMatchObject({
          name: "VIP",
          tier: "vip",
          admits: ["vip-lounge"],
          variant_id: expect.stringMatching(/^variant_/),
          sku: "summer-fest-2027-vip",
          price: 120,
          currency_code: "eur",
          capacity: 50,
          available: 50,
        })
        expect(event.ticket_types[1]).not.toHaveProperty("product_variant")
      })

      it("should list the product in the store and sell its tickets without a shipping method", async () => {
        const event = await createEvent({ ticket_types: [{ ...TICKET_TYPES[0], capacity: 5 }] })
        const storeHeaders = { headers: { "x-publishable-api-key": store.publishableKey } }

        const { data: listing } = await api.get(`/store/products?handle=${event.handle}`, storeHeaders)
        expect(listing.products).toHaveLength(1)
        expect(listing.products[0].variants.map((v: { id: string }) => v.id)).toEqual([event.ticket_types[0].variant_id])

        const { data: { cart } } = await api.post("/store/carts", { region_id: store.region.id, email: "fan@tessera.test" }, storeHeaders)
        const { data: withTickets } = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: event.ticket_types[0].variant_id, quantity: 2 },
          storeHeaders
        )
        expect(withTickets.cart.items).toEqual([expect.objectContaining({ quantity: 2, unit_price: 45, requires_shipping: false })])

        const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, storeHeaders)
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, storeHeaders)
        const { data: completed } = await api.post(`/store/carts/${cart.id}/complete`, {}, storeHeaders)
        expect(completed.type).toBe("order")
        expect(completed.order.shipping_methods).toEqual([])

        const { data: after } = await api.get(`/admin/events/${event.id}`, admin)
        expect(after.event.ticket_types[0]).toMatchObject({ capacity: 5, available: 3 })
      })

      it("should default the sales channel to the store's and refuse one that cannot sell from the event's location", async () => {
        const salesChannels = getContainer().resolve(Modules.SALES_CHANNEL)
        const elsewhere = await salesChannels.createSalesChannels({ name: "Box office" })
        const before = await catalogCounts(getContainer())
        const response = await refused(api.post("/admin/events", eventBody({ sales_channel_id: elsewhere.id }), admin))
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ type: "invalid_data", field: "stock_location_id" })
        expect(await catalogCounts(getContainer())).toEqual(before)
      })

      const invalid: [string, (body: Body) => Body, string][] = [
        ["no title", ({ title: _title, ...body }) => body, "title"],
        ["a title with no letter or digit and no handle", (body) => ({ ...body, title: "!!!" }), "handle"],
        ["a handle that is not a slug", (body) => ({ ...body, handle: "Summer Fest" }), "handle"],
        ["an end before the start", (body) => ({ ...body, ends_at: "2027-06-01T17:00:00Z" }), "ends_at"],
        ["an unreadable date", (body) => ({ ...body, starts_at: "next friday" }), "starts_at"],
        ["doors opening after the start", (body) => ({ ...body, doors_open_at: "2027-06-01T19:00:00Z" }), "doors_open_at"],
        ["an unknown time zone", (body) => ({ ...body, timezone: "Europe/Atlantis" }), "timezone"],
        ["no ticket types", (body) => ({ ...body, ticket_types: [] }), "ticket_types"],
        ["two ticket types with one name", (body) => ({ ...body, ticket_types: [TICKET_TYPES[1], { ...TICKET_TYPES[2], name: "vip" }] }), "ticket_types.1.name"],
        ["a negative capacity", (body) => ({ ...body, ticket_types: [{ ...TICKET_TYPES[0], capacity: -1 }] }), "ticket_types.0.capacity"],
        ["a fractional capacity", (body) => ({ ...body, ticket_types: [{ ...TICKET_TYPES[0], capacity: 2.5 }] }), "ticket_types.0.capacity"],
        ["a price that is text", (body) => ({ ...body, ticket_types: [{ ...TICKET_TYPES[0], price: "45" }] }), "ticket_types.0.price"],
        ["a currency the store does not take", (body) => ({ ...body, ticket_types: [{ ...TICKET_TYPES[0], currency_code: "usd" }] }), "ticket_types.0.currency_code"],
        [
          "sales ending before they start",
          (body) => ({
            ...body,
            ticket_types: [{ ...TICKET_TYPES[0], sales_starts_at: "2027-05-01T00:00:00Z", sales_ends_at: "2027-04-01T00:00:00Z" }],
          }),
          "ticket_types.0.sales_ends_at",
        ],
        [
          "sales ending after the event",
          (body) => ({ ...body, ticket_types: [{ ...TICKET_TYPES[0], sales_ends_at: "2027-06-02T00:00:00Z" }] }),
          "ticket_types.0.sales_ends_at",
        ],
        ["an image that is not a URL", (body) => ({ ...body, images: ["https://img.tessera.test/a.jpg", "poster.jpg"] }), "images.1"],
        ["an unknown venue", (body) => ({ ...body, venue_id: "ven_missing" }), "venue_id"],
        ["an unknown organizer", (body) => ({ ...body, organizer_id: "org_missing" }), "organizer_id"],
        ["an unknown stock location", (body) => ({ ...body, stock_location_id: "sloc_missing" }), "stock_location_id"],
        ["an unknown sales channel", (body) => ({ ...body, sales_channel_id: "sc_missing" }), "sales_channel_id"],
      ]

      it.each(invalid)("should refuse %s with a 400 naming the field and write nothing", async (_case, change, field) => {
        const before = await catalogCounts(getContainer())
        const response = await refused(api.post("/admin/events", change(eventBody()), admin))
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ type: "invalid_data", field })
        expect(await catalogCounts(getContainer())).toEqual(before)
      })

      it("should refuse a handle another event or a product already has", async () => {
        await createEvent()
        const before = await catalogCounts(getContainer())
        const again = await refused(api.post("/admin/events", eventBody({ title: "Another fest", handle: "summer-fest-2027" }), admin))
        expect(again.status).toBe(400)
        expect(again.data).toMatchObject({ field: "handle", message: expect.stringContaining("another event") })

        await getContainer().resolve(Modules.PRODUCT).createProducts({ title: "Poster", handle: "winter-fest" })
        const taken = await refused(api.post("/admin/events", eventBody({ title: "Winter Fest" }), admin))
        expect(taken.status).toBe(400)
        expect(taken.data).toMatchObject({ field: "handle", message: expect.stringContaining("product") })
        expect(await catalogCounts(getContainer())).toEqual({ ...before, products: before.products + 1 })
      })

      it("should let exactly one of two simultaneous creations with one handle through", async () => {
        const before = await catalogCounts(getContainer())
        const results = await Promise.all([0, 1].map(() => refused(api.post("/admin/events", eventBody(), admin))))
        expect(results.map((r) => r.status).sort()).toEqual([200, 400])
        expect(results.find((r) => r.status === 400)?.data.field).toBe("handle")
        expect(await catalogCounts(getContainer())).toEqual({
          events: before.events + 1,
          ticket_types: before.ticket_types + 3,
          products: before.products + 1,
          variants: before.variants + 3,
          inventory_items: before.inventory_items + 3,
        })
      })

      it("should undo every step when the workflow fails after the product was created", async () => {
        const before = await catalogCounts(getContainer())
        const levels = async () =>
          getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ location_id: store.stockLocation.id })
        const levelsBefore = (await levels()).length

        const response = await refused(api.post("/admin/events", eventBody({ additional_data: { refuse: true } }), admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("refused by an extension")

        expect(await catalogCounts(getContainer())).toEqual(before)
        expect(await levels()).toHaveLength(levelsBefore)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        expect((await query.graph({ entity: "product", fields: ["id"], filters: { handle: "summer-fest-2027" } })).data).toEqual([])
        // the same event can then be created: nothing of the failed attempt is in its way
        expect((await createEvent()).handle).toBe("summer-fest-2027")
      })
    })

    describe("POST /admin/events/:id", () => {
      it("should go draft → published → ended and refuse every other way", async () => {
        const { id } = await createEvent()
        const setStatus = (status: string) => refused(api.post(`/admin/events/${id}`, { status }, admin))

        expect((await setStatus("ended")).data).toMatchObject({ type: "invalid_data", field: "status" })
        expect((await api.post(`/admin/events/${id}`, { status: "published" }, admin)).data.event.status).toBe("published")
        expect((await setStatus("draft")).status).toBe(400)
        expect((await api.post(`/admin/events/${id}`, { status: "ended" }, admin)).data.event.status).toBe("ended")
        for (const status of ["draft", "published", "cancelled"]) {
          const response = await setStatus(status)
          expect(response.status).toBe(400)
          expect(response.data.field).toBe("status")
        }
        expect((await api.get(`/admin/events/${id}`, admin)).data.event.status).toBe("ended")
      })

      it("should cancel a draft or a published event and take its product off sale", async () => {
        const draft = await createEvent()
        const published = await createEvent({ title: "Autumn Fest" })
        await api.post(`/admin/events/${published.id}`, { status: "published" }, admin)

        for (const event of [draft, published]) {
          const { data } = await api.post(`/admin/events/${event.id}`, { status: "cancelled" }, admin)
          expect(data.event.status).toBe("cancelled")
          const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(data.event.product.id)
          expect(product.status).toBe("draft")
          expect((await refused(api.post(`/admin/events/${event.id}`, { status: "published" }, admin))).status).toBe(400)
        }
      })

      it("should change the event's own fields and rename its product with it", async () => {
        const event = await createEvent()
        const { data } = await api.post(
          `/admin/events/${event.id}`,
          { title: "Summer Fest 2027 — Day 1", is_featured: true, category: "festival", ends_at: "2027-06-02T01:00:00Z" },
          admin
        )
        expect(data.event).toMatchObject({ title: "Summer Fest 2027 — Day 1", is_featured: true, category: "festival", handle: "summer-fest-2027" })
        expect(new Date(data.event.ends_at).toISOString()).toBe("2027-06-02T01:00:00.000Z")
        const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(event.product.id)
        expect(product.title).toBe("Summer Fest 2027 — Day 1")
      })

      it("should refuse dates out of order, naming the field, and change nothing", async () => {
        const event = await createEvent()
        const response = await refused(api.post(`/admin/events/${event.id}`, { title: "Renamed", ends_at: "2027-06-01T12:00:00Z" }, admin))
        expect(response.status).toBe(400)
        expect(response.data.field).toBe("ends_at")
        const { data } = await api.get(`/admin/events/${event.id}`, admin)
        expect(data.event).toMatchObject({ title: "Summer Fest 2027", ends_at: event.ends_at })
      })

      it("should answer 404 for an event that does not exist", async () => {
        expect((await refused(api.post("/admin/events/evt_missing", { title: "x" }, admin))).status).toBe(404)
        expect((await refused(api.get("/admin/events/evt_missing", admin))).status).toBe(404)
      })
    })

    describe("GET /admin/events", () => {
      it("should filter by status, category, organizer and title, and page with a count", async () => {
        const other = (await api.post("/admin/organizers", { name: "Club Nights", email: "club@tessera.test" }, admin)).data.organizer
        const summer = await createEvent()
        const jazz = await createEvent({ title: "Jazz Brunch", category: "jazz" })
        const club = await createEvent({ title: "Club Night", organizer_id: other.id })
        await api.post(`/admin/events/${jazz.id}`, { status: "published" }, admin)

        const ids = async (params: string) => {
          const { data } = await api.get(`/admin/events?${params}`, admin)
          return data.events.map((e: { id: string }) => e.id).sort()
        }
        expect(await ids("status=published")).toEqual([jazz.id])
        expect(await ids("status[]=draft")).toEqual([summer.id, club.id].sort())
        expect(await ids("category=jazz")).toEqual([jazz.id])
        expect(await ids(`organizer_id=${other.id}`)).toEqual([club.id])
        expect(await ids("q=FEST")).toEqual([summer.id])
        expect(await ids("q=%25")).toEqual([])

        const { data: page } = await api.get("/admin/events?limit=2&offset=0&order=title", admin)
        expect(page).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(page.events.map((e: { title: string }) => e.title)).toEqual(["Club Night", "Jazz Brunch"])
        expect(page.events[0]).toMatchObject({ venue: { name: "Arena Berlin" }, organizer: { name: "Club Nights" } })
        const { data: rest } = await api.get("/admin/events?limit=2&offset=2&order=title", admin)
        expect(rest.events.map((e: { title: string }) => e.title)).toEqual(["Summer Fest 2027"])
      })

      it("should refuse an unknown status filter naming it", async () => {
        const response = await refused(api.get("/admin/events?status=sold-out", admin))
        expect(response.status).toBe(400)
        expect(response.data.field).toBe("status")
        expect(response.data.message).toContain("draft, published, ended, cancelled")
      })
    })

    describe("POST /admin/events/:id/ticket-types", () => {
      const backstage = { name: "Backstage", tier: "vip", price: 300, currency_code: "EUR", capacity: 10, sales_ends_at: "2027-06-01T20:00:00Z" }

      it("should add a priced variant stocked at the event's location, linked to the new ticket type", async () => {
        const event = await createEvent()
        const { data } = await api.post(`/admin/events/${event.id}/ticket-types`, backstage, admin)
        expect(data.event.ticket_types.map((t: { name: string }) => t.name)).toEqual(["General admission", "VIP", "Child", "Backstage"])
        const added = data.event.ticket_types[3]
        expect(added).toMatchObject({ rank: 3, tier: "vip", sku: "summer-fest-2027-backstage", price: 300, currency_code: "eur", capacity: 10, available: 10 })

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [variant] } = await query.graph({
          entity: "product_variant",
          fields: ["product_id", "options.value", "ticket_type.id", "inventory_items.inventory.requires_shipping"],
          filters: { id: added.variant_id },
        })
        expect(variant).toMatchObject({
          product_id: event.product.id,
          options: [expect.objectContaining({ value: "Backstage" })],
          ticket_type: { id: added.id },
          inventory_items: [{ inventory: expect.objectContaining({ requires_shipping: false }) }],
        })
        const storeHeaders = { headers: { "x-publishable-api-key": store.publishableKey } }
        const { data: listing } = await api.get(`/store/products?handle=${event.handle}`, storeHeaders)
        expect(listing.products[0].variants).toHaveLength(4)
      })

      it("should refuse a taken name, bad input, or an event that no longer sells, and write nothing", async () => {
        const event = await createEvent()
        const before = await catalogCounts(getContainer())
        const add = (body: Body, id = event.id) => refused(api.post(`/admin/events/${id}/ticket-types`, body, admin))

        expect((await add({ ...backstage, name: "vip" })).data).toMatchObject({ type: "invalid_data", field: "name" })
        expect((await add({ ...backstage, capacity: -5 })).data).toMatchObject({ field: "capacity" })
        expect((await add({ ...backstage, sales_ends_at: "2027-07-01T00:00:00Z" })).data).toMatchObject({ field: "sales_ends_at" })
        expect((await add({ ...backstage, tier: undefined })).data).toMatchObject({ field: "tier" })
        expect((await add(backstage, "evt_missing")).status).toBe(404)
        await api.post(`/admin/events/${event.id}`, { status: "cancelled" }, admin)
        const cancelled = await add(backstage)
        expect(cancelled.status).toBe(400)
        expect(cancelled.data).toMatchObject({ type: "not_allowed", field: "status" })
        expect(await catalogCounts(getContainer())).toEqual(before)
      })
    })

    describe("/admin/venues", () => {
      it("should create, read, list, search and update venues", async () => {
        const { data: created } = await api.post(
          "/admin/venues",
          {
            name: "Olympiastadion",
            address_1: "Olympischer Platz 3",
            city: "Berlin",
            country_code: "de",
            capacity: 74000,
            zones: [{ name: "Floor", capacity: 20000 }],
          },
          admin
        )
        expect(created.venue).toMatchObject({ name: "Olympiastadion", zones: [{ name: "Floor", capacity: 20000 }] })
        expect((await api.get(`/admin/venues/${created.venue.id}`, admin)).data.venue.capacity).toBe(74000)

        const { data: list } = await api.get("/admin/venues?q=olymp", admin)
        expect(list).toMatchObject({ count: 1, venues: [{ id: created.venue.id }] })
        expect((await api.get("/admin/venues", admin)).data.count).toBe(2)

        const { data: updated } = await api.post(`/admin/venues/${created.venue.id}`, { capacity: 70000 }, admin)
        expect(updated.venue).toMatchObject({ capacity: 70000, name: "Olympiastadion" })
      })

      it("should refuse zones that do not fit the venue, and unknown venues", async () => {
        const body = { name: "Club", address_1: "Street 1", city: "Berlin", country_code: "de", capacity: 100 }
        const tooBig = await refused(api.post("/admin/venues", { ...body, zones: [{ name: "Floor", capacity: 101 }] }, admin))
        expect(tooBig.status).toBe(400)
        expect(tooBig.data.field).toBe("zones.0.capacity")
        const shrunk = await refused(
          api.post(`/admin/venues/${venueId}`, { capacity: 10, zones: [{ name: "Floor", capacity: 20 }] }, admin)
        )
        expect(shrunk.data.field).toBe("zones.0.capacity")
        expect((await refused(api.post("/admin/venues", { ...body, capacity: "many" }, admin))).data.field).toBe("capacity")
        expect((await refused(api.get("/admin/venues/ven_missing", admin))).status).toBe(404)
        expect((await refused(api.post("/admin/venues/ven_missing", { capacity: 1 }, admin))).status).toBe(404)
      })
    })

    describe("/admin/organizers", () => {
      it("should create, read and list organizers, and refuse a second one with the same email", async () => {
        const { data } = await api.get(`/admin/organizers/${organizerId}`, admin)
        expect(data.organizer).toMatchObject({ name: "Tessera Live", email: "live@tessera.test", fee_bps: 0 })

        const twin = await refused(api.post("/admin/organizers", { name: "Twin", email: "LIVE@tessera.test" }, admin))
        expect(twin.status).toBe(400)
        expect(twin.data.field).toBe("email")
        expect((await refused(api.post("/admin/organizers", { name: "No mail", email: "nope" }, admin))).data.field).toBe("email")

        await api.post("/admin/organizers", { name: "Club Nights", email: "club@tessera.test", fee_bps: 500 }, admin)
        const { data: list } = await api.get("/admin/organizers?q=club", admin)
        expect(list).toMatchObject({ count: 1, organizers: [{ name: "Club Nights", fee_bps: 500 }] })
        expect((await refused(api.get("/admin/organizers/org_missing", admin))).status).toBe(404)
      })
    })
  },
})
