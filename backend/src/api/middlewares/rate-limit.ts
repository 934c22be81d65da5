import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rateLimiter, type RateLimiter } from "../../lib/rate-limiter"

export type RateLimitOptions = { limit: number; windowSeconds: number; limiter?: () => RateLimiter }

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** Login and OTP routes: AUTH_RATE_LIMIT attempts per AUTH_RATE_WINDOW seconds per client and route. */
export const authRateLimitOptions = (): RateLimitOptions => ({
  limit: envNumber("AUTH_RATE_LIMIT", 10),
  windowSeconds: envNumber("AUTH_RATE_WINDOW", 60),
})

export function rateLimit(options: () => RateLimitOptions = authRateLimitOptions) {
  return async function limitRate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (req.method !== "POST") return next()
    const { limit, windowSeconds, limiter = rateLimiter } = options()
    const client = req.ip ?? req.socket.remoteAddress ?? "unknown"
    try {
      // req.path is relative to the middleware's mount point; the route is the full path
      const route = req.originalUrl.split("?")[0]
      const decision = await limiter().hit(`${client}:${req.method}:${route}`, limit, windowSeconds)
      res.setHeader("RateLimit-Limit", String(limit))
      res.setHeader("RateLimit-Remaining", String(decision.remaining))
      if (!decision.allowed) {
        res.setHeader("Retry-After", String(decision.retryAfterSeconds))
        res.status(429).json({
          type: "too_many_requests",
          message: `Too many attempts on ${route}; retry in ${decision.retryAfterSeconds} s.`,
        })
        return
      }
    } catch (error) {
      // a limiter outage must not lock everyone out of logging in
      req.scope.resolve("logger").warn(`rate limiter unavailable: ${(error as Error).message}`)
    }
    next()
  }
}
