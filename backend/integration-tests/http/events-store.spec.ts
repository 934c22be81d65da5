import type { IInventoryService, IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type EventsModule from "@tessera/events/modules/events"
import { CATALOG_TTL_MS, STOCK_TTL_MS } from "../../src/lib/event-catalog/catalog"
import { catalogEvent, catalogStore, type CatalogStore } from "../utils/catalog-fixtures"
import { storeAccess } from "../utils/fixtures"

type EventsService = InstanceType<(typeof EventsModule)["service"]>
type Money = { amount: number; currency_code: string }
type TicketType = { id: string; name: string; tier: string; variant_id: string; price: Money | null; available: number | null; on_sale: boolean }
type StoreEvent = {
  id: string
  handle: string
  title: string
  category: string
  is_featured: boolean
  venue: { id: string; name: string; city: string }
  ticket_types: TicketType[]
  min_price: Money | null
  sold_out: boolean
}
type List = { events: StoreEvent[]; count: number; limit: number; offset: number }
type Response<T> = { status: number; data: T }
type Api = { get: <T>(url: string, config?: Record<string, unknown>) => Promise<Response<T>> }
type ErrorBody = { type: string; message: string; field?: string }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Reads until `done` holds, and says how long that took after the change. Fails once the staleness bound (plus
 * slack for a slow request) has passed without the change showing.
 */
async function withinBound<T>(boundMs: number, read: () => Promise<T>, done: (value: T) => boolean) {
  const changedAt = Date.now()
  for (;;) {
    const value = await read()
    const elapsed = Date.now() - changedAt
    if (done(value)) return { value, elapsed }
    if (elapsed > boundMs + 1_000) throw new Error(`change not visible after ${elapsed} ms (bound ${boundMs} ms)`)
    await sleep(25)
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as unknown as Api
    let container: MedusaContainer
    let store: CatalogStore

    beforeEach(async () => {
      container = getContainer()
      store = await catalogStore(container)
    })

    const list = (params: Record<string, string | number> = {}) => http.get<List>("/store/events", { headers: store.headers, params })
    const titles = (response: Response<List>) => response.data.events.map((event) => event.title)
    const failure = (url: string, config: Record<string, unknown> = { headers: store.headers }) =>
      http.get<ErrorBody>(url, { ...config, validateStatus: () => true })

    /** Three published events over two venues and two categories, plus a draft and a cancelled one. */
    async function lineUp() {
      const { arena, club } = store.venues
      const summer = await catalogEvent(container, store, {
        title: "Summer Night",
        starts_at: "2027-06-01T18:00:00Z",
        ends_at: "2027-06-01T23:00:00Z",
        is_featured: true,
        venue_id: arena.id,
      })
      const jazz = await catalogEvent(container, store, {
        title: "Jazz Evening",
        description: "Smooth saxophone until late",
        starts_at: "2027-07-15T19:00:00Z",
        ends_at: "2027-07-15T23:00:00Z",
        venue_id: club.id,
      })
      const gala = await catalogEvent(container, store, {
        title: "Stand-up Gala",
        category: "comedy",
        starts_at: "2027-05-10T19:00:00Z",
        ends_at: "2027-05-10T22:00:00Z",
        venue_id: club.id,
      })
      const draft = await catalogEvent(container, store, { title: "Secret Show", status: "draft", starts_at: "2027-05-01T18:00:00Z", ends_at: "2027-05-01T22:00:00Z" })
      const cancelled = await catalogEvent(container, store, {
        title: "Cancelled Concert",
        status: "cancelled",
        starts_at: "2027-05-02T18:00:00Z",
        ends_at: "2027-05-02T22:00:00Z",
      })
      return { summer, jazz, gala, draft, cancelled }
    }

    describe("GET /store/events", () => {
      it("should list published events only, soonest first, with venue, ticket types, prices and stock", async () => {
        const { summer } = await lineUp()
        const response = await list()

        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ count: 3, limit: 20, offset: 0 })
        expect(titles(response)).toEqual(["Stand-up Gala", "Summer Night", "Jazz Evening"])
        const event = response.data.events.find((candidate) => candidate.id === summer.id) as StoreEvent
        expect(event).toMatchObject({
          handle: summer.handle,
          category: "music",
          is_featured: true,
          starts_at: "2027-06-01T18:00:00.000Z",
          timezone: "Europe/Berlin",
          venue: { id: store.venues.arena.id, name: "Arena Berlin", city: "Berlin" },
          min_price: { amount: 45, currency_code: "eur" },
          sold_out: false,
        })
        expect(event.ticket_types).toEqual([
          {
            id: summer.ticket_types[0].id,
            name: "General admission",
            tier: "general",
            variant_id: summer.ticket_types[0].variant_id,
            price: { amount: 45, currency_code: "eur" },
            available: 100,
            on_sale: true,
          },
          expect.objectContaining({ name: "VIP", tier: "vip", price: { amount: 120, currency_code: "eur" }, available: 10, on_sale: true }),
        ])
      })

      it("should filter by category, venue, date range, featured and text, and paginate with count", async () => {
        const { club } = store.venues
        await lineUp()

        expect(titles(await list({ category: "music" }))).toEqual(["Summer Night", "Jazz Evening"])
        expect((await list({ category: "music,comedy" })).data.count).toBe(3)
        expect(titles(await list({ venue_id: club.id }))).toEqual(["Stand-up Gala", "Jazz Evening"])
        expect(titles(await list({ from: "2027-06-01", to: "2027-06-30" }))).toEqual(["Summer Night"])
        // a plain date as `to` covers that whole day
        expect(titles(await list({ to: "2027-06-01" }))).toEqual(["Stand-up Gala", "Summer Night"])
        expect(titles(await list({ from: "2027-06-01T18:00:01Z" }))).toEqual(["Jazz Evening"])
        expect(titles(await list({ featured: "true" }))).toEqual(["Summer Night"])
        expect(titles(await list({ q: "SAXOPHONE" }))).toEqual(["Jazz Evening"])
        expect(titles(await list({ q: "blue note" }))).toEqual(["Stand-up Gala", "Jazz Evening"])
        expect(titles(await list({ q: "summer" }))).toEqual(["Summer Night"])
        expect(titles(await list({ q: "100%" }))).toEqual([])
        expect(titles(await list({ order: "-starts_at" }))).toEqual(["Jazz Evening", "Summer Night", "Stand-up Gala"])
        expect(titles(await list({ order: "title" }))).toEqual(["Jazz Evening", "Stand-up Gala", "Summer Night"])

        const first = await list({ limit: 2 })
        expect(first.data).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(titles(first)).toEqual(["Stand-up Gala", "Summer Night"])
        const second = await list({ limit: 2, offset: 2 })
        expect(second.data).toMatchObject({ count: 3, limit: 2, offset: 2 })
        expect(titles(second)).toEqual(["Jazz Evening"])
        const beyond = await list({ limit: 2, offset: 10 })
        expect(beyond.data).toMatchObject({ events: [], count: 3, offset: 10 })
        const filtered = await list({ category: "music", limit: 1, offset: 1 })
        expect(filtered.data.count).toBe(2)
        expect(titles(filtered)).toEqual(["Jazz Evening"])
      })

      it("should price tickets in the region's currency, else the store's default, and show price changes within the bound", async () => {
        const summer = await catalogEvent(container, store, { title: "Summer Night" })
        const [general] = summer.ticket_types
        const generalIn = async (params: Record<string, string>) =>
          (await list(params)).data.events[0].ticket_types.find((type) => type.id === general.id) as TicketType

        expect((await generalIn({})).price).toEqual({ amount: 45, currency_code: "eur" })
        expect((await generalIn({ region_id: store.regions.eu.id })).price).toEqual({ amount: 45, currency_code: "eur" })
        const inUsd = await list({ region_id: store.regions.us.id })
        expect(inUsd.data.events[0].ticket_types[0].price).toBeNull()
        expect(inUsd.data.events[0].min_price).toBeNull()
        expect(inUsd.data.events[0].ticket_types[0].on_sale).toBe(false)

        // a USD price and a cheaper price for the Europe region only, added while both listings are cached
        const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
        await pricing.addPrices({
          priceSetId: general.price_set_id,
          prices: [
            { amount: 50, currency_code: "usd" },
            { amount: 40, currency_code: "eur", rules: { region_id: store.regions.eu.id } },
          ],
        })
        const usd = await withinBound(CATALOG_TTL_MS, () => generalIn({ region_id: store.regions.us.id }), (type) => type.price !== null)
        expect(usd.value.price).toEqual({ amount: 50, currency_code: "usd" })
        expect(usd.elapsed).toBeLessThanOrEqual(CATALOG_TTL_MS)
        const eu = await withinBound(CATALOG_TTL_MS, () => generalIn({ region_id: store.regions.eu.id }), (type) => type.price?.amount === 40)
        expect(eu.elapsed).toBeLessThanOrEqual(CATALOG_TTL_MS)
        expect((await generalIn({})).price).toEqual({ amount: 45, currency_code: "eur" })
      })

      it("should show fewer tickets within the bound after a reservation, and sold out when none are left", async () => {
        const summer = await catalogEvent(container, store, { title: "Summer Night" })
        const [general, vip] = summer.ticket_types
        const event = async () => (await list()).data.events[0]
        const left = (found: StoreEvent, id: string) => found.ticket_types.find((type) => type.id === id)?.available

        expect(left(await event(), general.id)).toBe(100) // cached now
        const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
        await inventory.createReservationItems([{ inventory_item_id: general.inventory_item_id, location_id: store.stockLocation.id, quantity: 3 }])
        const afterReservation = await withinBound(STOCK_TTL_MS, event, (found) => left(found, general.id) === 97)
        expect(afterReservation.elapsed).toBeLessThanOrEqual(STOCK_TTL_MS)

        // VIP gone: still on the page, the cheapest ticket left is general admission
        const [vipReservation] = await inventory.createReservationItems([
          { inventory_item_id: vip.inventory_item_id, location_id: store.stockLocation.id, quantity: 10 },
        ])
        const vipGone = await withinBound(STOCK_TTL_MS, event, (found) => left(found, vip.id) === 0)
        expect(vipGone.value).toMatchObject({ sold_out: false, min_price: { amount: 45, currency_code: "eur" } })

        await inventory.createReservationItems([{ inventory_item_id: general.inventory_item_id, location_id: store.stockLocation.id, quantity: 97 }])
        const soldOut = await withinBound(STOCK_TTL_MS, event, (found) => found.sold_out)
        expect(soldOut.elapsed).toBeLessThanOrEqual(STOCK_TTL_MS)
        expect(soldOut.value.ticket_types.map((type) => type.available)).toEqual([0, 0])

        // a released reservation comes back just as fast
        await inventory.deleteReservationItems([vipReservation.id])
        const released = await withinBound(STOCK_TTL_MS, event, (found) => left(found, vip.id) === 10)
        expect(released.elapsed).toBeLessThanOrEqual(STOCK_TTL_MS)
        expect(released.value).toMatchObject({ sold_out: false, min_price: { amount: 120, currency_code: "eur" } })
      })

      it("should show fewer tickets within the bound after a customer completes a cart", async () => {
        const summer = await catalogEvent(container, store, { title: "Summer Night" })
        const [general] = summer.ticket_types
        const generalLeft = async () => (await list()).data.events[0].ticket_types.find((type) => type.id === general.id)?.available
        expect(await generalLeft()).toBe(100)

        const buyer = { headers: store.headers }
        const post = (url: string, body: unknown) =>
          (api as unknown as { post: (u: string, b: unknown, c: unknown) => Promise<Response<Record<string, { id: string }>>> }).post(url, body, buyer)
        const { data: { cart } } = await post("/store/carts", { region_id: store.regions.eu.id, sales_channel_id: store.salesChannel.id, email: "fan@tessera.test" })
        await post(`/store/carts/${cart.id}/line-items`, { variant_id: general.variant_id, quantity: 2 })
        const { data: { payment_collection } } = await post("/store/payment-collections", { cart_id: cart.id })
        await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
        const completed = await post(`/store/carts/${cart.id}/complete`, {})
        expect(completed.data.order?.id).toEqual(expect.any(String))

        const sold = await withinBound(STOCK_TTL_MS, generalLeft, (available) => available === 98)
        expect(sold.elapsed).toBeLessThanOrEqual(STOCK_TTL_MS)
      })

      it("should show a newly published event and hide a cancelled one within the bound", async () => {
        const events = container.resolve<EventsService>("events")
        const summer = await catalogEvent(container, store, { title: "Summer Night" })
        const later = await catalogEvent(container, store, { title: "Autumn Night", status: "draft", starts_at: "2027-09-01T18:00:00Z", ends_at: "2027-09-01T23:00:00Z" })
        expect(titles(await list())).toEqual(["Summer Night"])

        await events.updateEvents({ id: later.id, status: "published" })
        const published = await withinBound(CATALOG_TTL_MS, list, (response) => response.data.count === 2)
        expect(published.elapsed).toBeLessThanOrEqual(CATALOG_TTL_MS)

        await events.updateEvents({ id: summer.id, status: "cancelled" })
        const cancelled = await withinBound(CATALOG_TTL_MS, list, (response) => response.data.count === 1)
        expect(cancelled.elapsed).toBeLessThanOrEqual(CATALOG_TTL_MS)
        expect(titles(cancelled.value)).toEqual(["Autumn Night"])
      })

      it("should say a ticket type is not on sale outside its sales window", async () => {
        await catalogEvent(container, store, {
          title: "Summer Night",
          ticket_types: [
            { name: "General admission", tier: "general", price: 45, currency_code: "eur", capacity: 100 },
            { name: "Late release", tier: "general", price: 55, currency_code: "eur", capacity: 50, sales_starts_at: "2027-05-01T00:00:00Z" },
          ],
        })
        const [event] = (await list()).data.events
        expect(event.ticket_types.map((type) => [type.name, type.on_sale])).toEqual([
          ["General admission", true],
          ["Late release", false],
        ])
      })

      it("should answer 400 naming the field for bad query parameters", async () => {
        const cases: [string, string][] = [
          ["limit=abc", "limit"],
          ["limit=0", "limit"],
          ["limit=101", "limit"],
          ["offset=-1", "offset"],
          ["from=not-a-date", "from"],
          ["to=2027-13-45", "to"],
          ["from=2027-06-02&to=2027-06-01", "to"],
          ["featured=yes", "featured"],
          ["order=price", "order"],
          ["region_id=reg_missing", "region_id"],
        ]
        for (const [query, field] of cases) {
          const response = await failure(`/store/events?${query}`)
          expect({ query, status: response.status, type: response.data.type, field: response.data.field }).toEqual({
            query,
            status: 400,
            type: "invalid_data",
            field,
          })
          expect(response.data.message).toContain(field)
        }
      })

      it("should refuse requests without a valid publishable key, like other store routes", async () => {
        for (const path of ["/store/events", "/store/events/categories", "/store/events/anything", "/store/products"]) {
          const missing = await failure(path, {})
          expect({ path, status: missing.status }).toEqual({ path, status: 400 })
          expect(missing.data.message).toContain("x-publishable-api-key")
          const wrong = await failure(path, { headers: { "x-publishable-api-key": "pk_not_a_key" } })
          expect({ path, status: wrong.status }).toEqual({ path, status: 400 })
        }
      })
    })

    describe("sales channels", () => {
      it("should show a storefront only the events its publishable key's sales channels sell", async () => {
        const { summer } = await lineUp()
        const elsewhere = await storeAccess(container)
        const other = { headers: elsewhere.headers }

        expect(titles(await list())).toContain("Summer Night")
        const listed = await http.get<List>("/store/events", other)
        expect(listed.data).toMatchObject({ events: [], count: 0 })
        const categories = await http.get<{ categories: unknown[] }>("/store/events/categories", other)
        expect(categories.data.categories).toEqual([])
        const detail = await failure(`/store/events/${summer.handle}`, other)
        expect(detail.status).toBe(404)
        expect((await http.get<{ event: { id: string } }>(`/store/events/${summer.handle}`, { headers: store.headers })).data.event.id).toBe(summer.id)
      })
    })

    describe("GET /store/events/categories", () => {
      it("should count published events per category", async () => {
        await lineUp()
        const response = await http.get<{ categories: { category: string; count: number }[]; count: number }>("/store/events/categories", {
          headers: store.headers,
        })
        expect(response.data).toEqual({
          categories: [
            { category: "comedy", count: 1 },
            { category: "music", count: 2 },
          ],
          count: 2,
        })
      })
    })

    describe("GET /store/events/:handle", () => {
      it("should answer a published event with its description, venue and ticket types", async () => {
        const { jazz } = await lineUp()
        const response = await http.get<{ event: StoreEvent & Record<string, unknown> }>(`/store/events/${jazz.handle}`, { headers: store.headers })
        expect(response.data.event).toMatchObject({
          id: jazz.id,
          title: "Jazz Evening",
          status: "published",
          description: "Smooth saxophone until late",
          venue: { id: store.venues.club.id, name: "Blue Note Club", city: "Hamburg", address_1: "Reeperbahn 1", country_code: "de" },
          min_price: { amount: 45, currency_code: "eur" },
          sold_out: false,
        })
        expect(response.data.event.ticket_types).toEqual([
          expect.objectContaining({ name: "General admission", available: 100, on_sale: true, description: null, sales_starts_at: null }),
          expect.objectContaining({ name: "VIP", available: 10, price: { amount: 120, currency_code: "eur" } }),
        ])
      })

      it("should answer 404 for draft, cancelled and unknown events", async () => {
        const { draft, cancelled } = await lineUp()
        for (const handle of [draft.handle, cancelled.handle, "no-such-event"]) {
          const response = await failure(`/store/events/${handle}`)
          expect({ handle, status: response.status, type: response.data.type }).toEqual({ handle, status: 404, type: "not_found" })
        }
      })

      it("should still answer an ended event, with nothing on sale", async () => {
        const ended = await catalogEvent(container, store, { title: "Last Year's Party", status: "ended" })
        const response = await http.get<{ event: StoreEvent & { status: string } }>(`/store/events/${ended.handle}`, { headers: store.headers })
        expect(response.data.event.status).toBe("ended")
        expect(response.data.event.ticket_types.every((type) => !type.on_sale)).toBe(true)
        expect((await list()).data.count).toBe(0)
      })
    })
  },
})
