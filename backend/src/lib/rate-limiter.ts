import Redis from "ioredis"

export type RateDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number }

export interface RateLimiter {
  /** Counts one hit on `key` within a fixed window and says whether it is still allowed. */
  hit(key: string, limit: number, windowSeconds: number): Promise<RateDecision>
}

const decide = (count: number, limit: number, ttlMs: number): RateDecision => ({
  allowed: count <= limit,
  remaining: Math.max(0, limit - count),
  retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)),
})

/** One process only: right for a single instance without Redis. */
export class MemoryRateLimiter implements RateLimiter {
  private windows = new Map<string, { count: number; resetAt: number }>()

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    const now = Date.now()
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 }
      this.windows.set(key, window)
      if (this.windows.size > 10_000) this.sweep(now)
    }
    window.count += 1
    return decide(window.count, limit, window.resetAt - now)
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
  }
}

/** Shared by every instance on the same Redis, so scale-out does not multiply the limit. */
export class RedisRateLimiter implements RateLimiter {
  constructor(private redis: Redis, private prefix = process.env.RATE_LIMIT_PREFIX ?? "tessera:rl:") {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    const redisKey = this.prefix + key
    const [[, count], [, ttl]] = (await this.redis
      .multi()
      .incr(redisKey)
      .pttl(redisKey)
      .exec()) as [[unknown, number], [unknown, number]]
    let ttlMs = ttl
    if (ttl < 0) {
      await this.redis.pexpire(redisKey, windowSeconds * 1000)
      ttlMs = windowSeconds * 1000
    }
    return decide(count, limit, ttlMs)
  }
}

let shared: RateLimiter | undefined

export function rateLimiter(redisUrl = process.env.REDIS_URL): RateLimiter {
  shared ??= redisUrl
    ? new RedisRateLimiter(new Redis(redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false }))
    : new MemoryRateLimiter()
  return shared
}
