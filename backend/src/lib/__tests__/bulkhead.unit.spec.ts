import { EventEmitter } from "node:events"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkoutGate } from "../../api/middlewares/checkout-gate"
import { Bulkhead, BulkheadTimeout } from "../bulkhead"

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe("Bulkhead", () => {
  it("should run at most `size` holders and hand slots on in arrival order", async () => {
    const bulkhead = new Bulkhead(2, 10_000)
    const order: number[] = []
    const releases = new Map<number, () => void>()
    const holders = [0, 1, 2, 3, 4].map((i) =>
      bulkhead.acquire().then((release) => {
        order.push(i)
        releases.set(i, release)
      })
    )
    await tick()
    expect(order).toEqual([0, 1])
    expect([bulkhead.running, bulkhead.waiting]).toEqual([2, 3])

    releases.get(1)!()
    releases.get(1)!() // a second release must not free a second slot
    await tick()
    expect(order).toEqual([0, 1, 2])
    expect([bulkhead.running, bulkhead.waiting]).toEqual([2, 2])

    releases.get(0)!()
    releases.get(2)!()
    await tick()
    expect(order).toEqual([0, 1, 2, 3, 4])
    releases.get(3)!()
    releases.get(4)!()
    await Promise.all(holders)
    expect([bulkhead.running, bulkhead.waiting]).toEqual([0, 0])
  })

  it("should turn away a waiter after maxWaitMs without taking a slot", async () => {
    const bulkhead = new Bulkhead(1, 30)
    const release = await bulkhead.acquire()
    await expect(bulkhead.acquire()).rejects.toBeInstanceOf(BulkheadTimeout)
    expect([bulkhead.running, bulkhead.waiting]).toEqual([1, 0])
    release()
    expect(bulkhead.running).toBe(0)
  })
})

/** Just enough of a response for the gate: status, headers, json body and the finish event. */
class FakeResponse extends EventEmitter {
  statusCode = 200
  headers: Record<string, string> = {}
  body: unknown
  setHeader(name: string, value: string) {
    this.headers[name] = value
  }
  status(code: number) {
    this.statusCode = code
    return this
  }
  json(body: unknown) {
    this.body = body
    return this
  }
}

describe("checkoutGate", () => {
  it("should let a completion through when a slot is free and free it when the response ends", async () => {
    const bulkhead = new Bulkhead(1, 1_000)
    const res = new FakeResponse()
    const next = vi.fn()
    await checkoutGate(bulkhead)({} as MedusaRequest, res as unknown as MedusaResponse, next as MedusaNextFunction)
    expect(next).toHaveBeenCalledWith()
    expect(bulkhead.running).toBe(1)
    res.emit("finish")
    res.emit("close")
    expect(bulkhead.running).toBe(0)
  })

  it("should answer 429 with Retry-After, not run the route, when the wait is too long", async () => {
    const bulkhead = new Bulkhead(1, 20)
    await bulkhead.acquire()
    const res = new FakeResponse()
    const next = vi.fn()
    await checkoutGate(bulkhead)({} as MedusaRequest, res as unknown as MedusaResponse, next as MedusaNextFunction)
    expect(next).not.toHaveBeenCalled()
    expect(res.statusCode).toBe(429)
    expect(res.headers["Retry-After"]).toBe("5")
    expect(res.body).toMatchObject({ type: "checkout_busy" })
  })
})
