import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Bulkhead, BulkheadTimeout } from "../../lib/bulkhead"

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * Completing a cart reserves inventory under Medusa's lock on the inventory item, and Medusa gives
 * up on that lock after 5 s with a 500. In an on-sale rush every buyer of one ticket type wants the
 * same lock, so completions queue here instead (FIFO, per instance), CHECKOUT_CONCURRENCY at a time:
 * Medusa's lock then never has more than a handful of waiters. A buyer who waited longer than
 * CHECKOUT_QUEUE_TIMEOUT seconds gets a 429 with Retry-After and nothing was attempted; the
 * oversell guarantee itself stays Medusa's reservation (see docs/architecture.md).
 */
export function checkoutGate(bulkhead = new Bulkhead(envNumber("CHECKOUT_CONCURRENCY", 2), envNumber("CHECKOUT_QUEUE_TIMEOUT", 60) * 1000)) {
  return async function gateCheckout(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    let release: () => void
    try {
      release = await bulkhead.acquire()
    } catch (error) {
      if (!(error instanceof BulkheadTimeout)) return next(error)
      res.setHeader("Retry-After", "5")
      res.status(429).json({
        type: "checkout_busy",
        message: `Checkout is busy: waited ${Math.round(error.waitedMs / 1000)} s for a turn. Nothing was charged; retry shortly.`,
      })
      return
    }
    res.once("finish", release)
    res.once("close", release)
    next()
  }
}
