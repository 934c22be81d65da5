import { type CacheBackend, type CacheTag, InProcessBackend, LOCAL_REFRESH_MS, ReadThroughCache } from "../cache"
import { CATALOG_EVENTS, STOCK_EVENTS, tagsFor } from "../invalidation"

type Value = { computed_at: number; n: number }

/** A shared backend in memory, standing in for Medusa's caching module seen by several processes. */
class SharedBackend extends InProcessBackend implements CacheBackend {
  readonly kind = "in-process" as const
}

function clock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe("ReadThroughCache", () => {
  it("should compute once for concurrent misses and serve hits until the TTL", async () => {
    const time = clock()
    const cache = new ReadThroughCache(null, time.now)
    let computed = 0
    const compute = async (startedAt: number): Promise<Value> => ({ computed_at: startedAt, n: ++computed })
    const [a, b] = await Promise.all([cache.read("catalog", "k", 2_000, compute), cache.read("catalog", "k", 2_000, compute)])
    expect([a.n, b.n, computed]).toEqual([1, 1, 1])
    time.advance(1_999)
    expect((await cache.read("catalog", "k", 2_000, compute)).n).toBe(1)
    time.advance(1)
    expect((await cache.read("catalog", "k", 2_000, compute)).n).toBe(2)
  })

  it("should recompute at once after an invalidation of its tag, and only its tag", async () => {
    const cache = new ReadThroughCache(null, clock().now)
    let n = 0
    const compute = async (startedAt: number): Promise<Value> => ({ computed_at: startedAt, n: ++n })
    await cache.read("catalog", "page", 2_000, compute)
    await cache.read("stock", "levels", 1_000, compute)
    await cache.invalidate("stock")
    expect((await cache.read("catalog", "page", 2_000, compute)).n).toBe(1)
    expect((await cache.read("stock", "levels", 1_000, compute)).n).toBe(3)
  })

  it("should not store a value computed across an invalidation", async () => {
    const cache = new ReadThroughCache(null, clock().now)
    let n = 0
    let release: () => void = () => undefined
    const slow = (startedAt: number) =>
      new Promise<Value>((resolve) => {
        const value = { computed_at: startedAt, n: ++n }
        release = () => resolve(value)
      })
    const first = cache.read("stock", "k", 1_000, slow)
    await new Promise((resolve) => setImmediate(resolve))
    await cache.invalidate("stock")
    release()
    expect((await first).n).toBe(1)
    const second = cache.read("stock", "k", 1_000, slow)
    await new Promise((resolve) => setImmediate(resolve))
    release()
    expect((await second).n).toBe(2)
  })

  it("should share values through the shared backend and see another process's invalidation within the local refresh", async () => {
    const time = clock()
    const shared = new SharedBackend(time.now)
    const server = new ReadThroughCache(shared, time.now)
    const worker = new ReadThroughCache(shared, time.now)
    let n = 0
    const compute = async (startedAt: number): Promise<Value> => ({ computed_at: startedAt, n: ++n })
    expect((await server.read("catalog", "k", 2_000, compute)).n).toBe(1)
    expect((await worker.read("catalog", "k", 2_000, compute)).n).toBe(1) // from the shared backend
    await worker.invalidate("catalog")
    expect((await server.read("catalog", "k", 2_000, compute)).n).toBe(1) // its local copy, for a moment
    time.advance(LOCAL_REFRESH_MS)
    expect((await server.read("catalog", "k", 2_000, compute)).n).toBe(2)
  })
})

describe("tagsFor", () => {
  it("should clear stock on sales and reservations, and everything on catalog changes", () => {
    expect(tagsFor("order.placed")).toEqual(["stock"])
    expect(tagsFor("inventory.reservation-item.created")).toEqual(["stock"])
    expect(tagsFor("inventory.inventory-level.updated")).toEqual(["stock"])
    expect(tagsFor("events.event.updated")).toEqual<CacheTag[]>(["catalog", "stock"])
    expect(tagsFor("pricing.price.created")).toEqual<CacheTag[]>(["catalog", "stock"])
    expect(tagsFor("LinkEventsTicketTypeProductProductVariant.attached")).toEqual<CacheTag[]>(["catalog", "stock"])
    expect(tagsFor("customer.created")).toEqual([])
    expect(new Set([...STOCK_EVENTS, ...CATALOG_EVENTS]).size).toBe(STOCK_EVENTS.length + CATALOG_EVENTS.length)
  })
})
