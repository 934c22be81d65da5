import { minPrice, nextBoundary, onSale, stockIndex, storeEvent, ticketsLeft } from "../assemble"
import type { CatalogEvent, CatalogTicketType, StoreTicketType } from "../types"

const NOW = Date.parse("2027-05-01T12:00:00Z")

const ticketType = (overrides: Partial<CatalogTicketType> = {}): CatalogTicketType => ({
  id: "ttyp_1",
  name: "General admission",
  tier: "general",
  description: null,
  rank: 0,
  sales_starts_at: null,
  sales_ends_at: null,
  variant_id: "variant_1",
  manage_inventory: true,
  stock_items: [{ inventory_item_id: "iitem_1", required_quantity: 1 }],
  price: { amount: 45, currency_code: "eur" },
  ...overrides,
})

const event = (types: CatalogTicketType[], overrides: Partial<CatalogEvent> = {}): CatalogEvent => ({
  id: "evt_1",
  handle: "summer-night",
  title: "Summer Night",
  status: "published",
  category: "music",
  images: [],
  starts_at: "2027-06-01T18:00:00.000Z",
  ends_at: "2027-06-01T23:00:00.000Z",
  timezone: "Europe/Berlin",
  is_featured: false,
  venue: { id: "ven_1", name: "Arena", city: "Berlin" },
  location_ids: ["sloc_venue"],
  ticket_types: types,
  ...overrides,
})

const levels = (...rows: [string, string, number][]) => stockIndex({ token: "t", computed_at: NOW, levels: rows })

describe("ticketsLeft", () => {
  it("should count only the event's stock locations, and every location when it names none", () => {
    const stock = levels(["iitem_1", "sloc_venue", 7], ["iitem_1", "sloc_elsewhere", 100])
    expect(ticketsLeft(ticketType(), ["sloc_venue"], stock)).toBe(7)
    expect(ticketsLeft(ticketType(), [], stock)).toBe(107)
  })

  it("should divide by the units one ticket takes, let the scarcest item win, and never go below zero", () => {
    const type = ticketType({
      stock_items: [
        { inventory_item_id: "iitem_1", required_quantity: 2 },
        { inventory_item_id: "iitem_2", required_quantity: 1 },
      ],
    })
    expect(ticketsLeft(type, ["sloc_venue"], levels(["iitem_1", "sloc_venue", 9], ["iitem_2", "sloc_venue", 10]))).toBe(4)
    expect(ticketsLeft(type, ["sloc_venue"], levels(["iitem_1", "sloc_venue", 9], ["iitem_2", "sloc_venue", 3]))).toBe(3)
    expect(ticketsLeft(ticketType(), ["sloc_venue"], levels(["iitem_1", "sloc_venue", -2]))).toBe(0)
  })

  it("should say unlimited without inventory management and nothing without a variant or an item", () => {
    expect(ticketsLeft(ticketType({ manage_inventory: false }), [], levels())).toBeNull()
    expect(ticketsLeft(ticketType({ variant_id: null }), [], levels())).toBe(0)
    expect(ticketsLeft(ticketType({ stock_items: [] }), [], levels())).toBe(0)
    expect(ticketsLeft(ticketType(), ["sloc_venue"], levels())).toBe(0)
  })
})

describe("onSale", () => {
  it("should follow the sales window, the event's status and end, and need a price", () => {
    expect(onSale(event([]), ticketType(), NOW)).toBe(true)
    expect(onSale(event([]), ticketType({ sales_starts_at: "2027-05-02T00:00:00Z" }), NOW)).toBe(false)
    expect(onSale(event([]), ticketType({ sales_ends_at: "2027-05-01T12:00:00Z" }), NOW)).toBe(false)
    expect(onSale(event([], { status: "ended" }), ticketType(), NOW)).toBe(false)
    expect(onSale(event([], { ends_at: "2027-05-01T11:00:00Z" }), ticketType(), NOW)).toBe(false)
    expect(onSale(event([]), ticketType({ price: null }), NOW)).toBe(false)
  })
})

describe("minPrice", () => {
  const store = (amount: number | null, available: number | null): StoreTicketType => ({
    id: "t",
    name: "t",
    tier: "t",
    variant_id: "v",
    price: amount === null ? null : { amount, currency_code: "eur" },
    available,
    on_sale: true,
  })

  it("should be the cheapest ticket still available, else the cheapest at all, else null", () => {
    expect(minPrice([store(45, 0), store(120, 3), store(null, 10)])).toEqual({ amount: 120, currency_code: "eur" })
    expect(minPrice([store(45, 0), store(120, 0)])).toEqual({ amount: 45, currency_code: "eur" })
    expect(minPrice([store(80, null), store(45, 1)])).toEqual({ amount: 45, currency_code: "eur" })
    expect(minPrice([store(null, 5)])).toBeNull()
  })
})

describe("storeEvent", () => {
  it("should be sold out only when every ticket type has none left", () => {
    const types = [ticketType(), ticketType({ id: "ttyp_2", stock_items: [{ inventory_item_id: "iitem_2", required_quantity: 1 }] })]
    expect(storeEvent(event(types), levels(["iitem_1", "sloc_venue", 0], ["iitem_2", "sloc_venue", 1]), NOW).sold_out).toBe(false)
    expect(storeEvent(event(types), levels(["iitem_1", "sloc_venue", 0]), NOW).sold_out).toBe(true)
    expect(storeEvent(event([]), levels(), NOW).sold_out).toBe(false)
  })
})

describe("nextBoundary", () => {
  it("should be the next window edge or event end after now", () => {
    const types = [ticketType({ sales_starts_at: "2027-05-03T00:00:00Z", sales_ends_at: "2027-05-20T00:00:00Z" }), ticketType({ sales_ends_at: "2027-04-01T00:00:00Z" })]
    expect(nextBoundary([event(types)], NOW)).toBe(Date.parse("2027-05-03T00:00:00Z"))
    expect(nextBoundary([event([])], NOW)).toBe(Date.parse("2027-06-01T23:00:00Z"))
    expect(nextBoundary([], NOW)).toBe(Infinity)
  })
})
