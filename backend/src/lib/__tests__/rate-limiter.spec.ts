import Redis from "ioredis"
import { MemoryRateLimiter, type RateLimiter, RedisRateLimiter } from "../rate-limiter"

const redisUrl = process.env.REDIS_URL
if (!redisUrl) {
  console.warn("[tests] REDIS_URL is not set or Redis does not answer: skipping RedisRateLimiter tests")
}

function behavesLikeAFixedWindow(make: () => { limiter: RateLimiter; close?: () => Promise<unknown> }) {
  let limiter: RateLimiter
  let close: (() => Promise<unknown>) | undefined
  beforeEach(() => ({ limiter, close } = make()))
  afterEach(async () => close?.())

  it("should allow exactly `limit` hits in a window, even when they arrive at once", async () => {
    const key = `test:${Math.random()}`
    const decisions = await Promise.all(Array.from({ length: 50 }, () => limiter.hit(key, 10, 60)))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10)
    const refused = decisions.find((d) => !d.allowed)
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0)
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(60)
  })

  it("should count keys apart and open a new window after it ends", async () => {
    const key = `test:${Math.random()}`
    expect((await limiter.hit(key, 1, 1)).allowed).toBe(true)
    expect((await limiter.hit(key, 1, 1)).allowed).toBe(false)
    expect((await limiter.hit(`${key}:other`, 1, 1)).allowed).toBe(true)
    await new Promise((r) => setTimeout(r, 1_100))
    expect((await limiter.hit(key, 1, 1)).allowed).toBe(true)
  })
}

describe("MemoryRateLimiter", () => {
  behavesLikeAFixedWindow(() => ({ limiter: new MemoryRateLimiter() }))
})

describe.skipIf(!redisUrl)("RedisRateLimiter", () => {
  behavesLikeAFixedWindow(() => {
    const redis = new Redis(redisUrl as string)
    return { limiter: new RedisRateLimiter(redis, `tessera:test:${process.pid}:`), close: () => redis.quit() }
  })

  it("should share one window between instances on the same Redis", async () => {
    const [a, b] = [new Redis(redisUrl as string), new Redis(redisUrl as string)]
    const prefix = `tessera:test:${process.pid}:shared:`
    const key = `${Math.random()}`
    const first = new RedisRateLimiter(a, prefix)
    const second = new RedisRateLimiter(b, prefix)
    const decisions = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? first : second).hit(key, 5, 60)))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5)
    await Promise.all([a.quit(), b.quit()])
  })
})
