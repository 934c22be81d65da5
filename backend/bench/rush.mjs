// `npm run bench -- rush [--buyers 2000] [--seats 500] [--concurrency 96]`: an on-sale rush on one event.
// Starts the platform in production mode (embedded PostgreSQL on free ports, temp data dir; Redis only if
// REDIS_URL is set), creates one published event with one ticket type of `seats` capacity through the admin
// API, then lets `buyers` guest buyers each run the whole store checkout for one ticket over HTTP, each with
// its own cart: create the cart with the ticket line and email (one request, as a storefront's "buy now"
// does) → payment collection → pp_system_default session → complete.
// All buyers start at once; what bounds the load is the number of HTTP requests in flight (`--concurrency`,
// default 96: a FIFO gate in front of fetch, i.e. a connection pool of 96 kept-alive sockets). 96 sits in
// the 64–128 band that keeps 2 cores busy without piling thousands of sockets on one Node process; every
// buyer's later steps queue behind everybody's earlier ones, which is what a real on-sale looks like.
// Checkout latency = first request sent (cart create) → complete answered, queueing included; "service"
// is the sum of the buyer's own request times, queueing excluded.
// After the rush it waits until ticket issuance (order.placed → issue-order-tickets) stops changing, then
// counts orders, tickets and the inventory level in the bench's own database, and says whether it oversold.
import { closeSync, openSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { embeddedDatabaseUrl } from "../launcher/embedded-postgres.mjs"
import { option, sleep, startPlatform } from "./platform.mjs"
const REQUEST_TIMEOUT_MS = 180_000

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ")

/** A FIFO gate: at most `size` holders at once. */
function gate(size) {
  let free = size
  const waiting = []
  return {
    async run(fn) {
      if (free > 0) free--
      else await new Promise((resolve) => waiting.push(resolve))
      try {
        return await fn()
      } finally {
        const next = waiting.shift()
        if (next) next()
        else free++
      }
    },
  }
}

/** An HTTP answer that was not 2xx, or no answer at all (status 0). */
class CallError extends Error {
  constructor(step, status, body, cause) {
    const detail = status ? `${status} ${body?.type ?? ""} ${body?.message ?? JSON.stringify(body)}`.replace(/\s+/g, " ") : String(cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? cause)
    super(`${step}: ${detail}`)
    Object.assign(this, { step, status, body })
  }
}

async function call(url, { method = "GET", token, key, body, step = `${method} ${url}` } = {}) {
  let response
  try {
    response = await fetch(url, {
      method,
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(key ? { "x-publishable-api-key": key } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
  } catch (error) {
    throw new CallError(step, 0, null, error)
  }
  const text = await response.text()
  let data
  try {
    data = JSON.parse(text)
  } catch {
    data = { message: text.slice(0, 200) }
  }
  if (!response.ok) throw new CallError(step, response.status, data)
  return data
}

/** One venue, one organizer, one published event with one ticket type of `seats` capacity, through the admin API. */
async function createEvent(url, demo, seats) {
  const admin = demo.logins.find((login) => login.actor === "admin")
  const { token } = await call(`${url}/auth/user/emailpass`, { method: "POST", body: { email: admin.email, password: admin.password } })
  const { stock_locations: [location] } = await call(`${url}/admin/stock-locations?limit=1`, { token })
  const { venue } = await call(`${url}/admin/venues`, { method: "POST", token, body: { name: "Rush Arena", city: "Berlin", country_code: "de", address_1: "Main street 1", capacity: seats } })
  const { organizer } = await call(`${url}/admin/organizers`, { method: "POST", token, body: { name: "Rush Live", email: "rush@tessera.test" } })
  const { event } = await call(`${url}/admin/events`, {
    method: "POST",
    token,
    body: {
      title: "Rush Night",
      description: "The on-sale everybody wants in on.",
      category: "music",
      starts_at: "2027-09-01T18:00:00.000Z",
      ends_at: "2027-09-01T23:00:00.000Z",
      timezone: "Europe/Berlin",
      venue_id: venue.id,
      organizer_id: organizer.id,
      stock_location_id: location.id,
      ticket_types: [{ name: "General admission", tier: "general", price: 45, currency_code: "eur", capacity: seats }],
    },
  })
  const { event: published } = await call(`${url}/admin/events/${event.id}`, { method: "POST", token, body: { status: "published" } })
  const ticketType = (published.ticket_types ?? event.ticket_types)[0]
  return { event, ticketType, token }
}

/** One guest buyer's whole checkout for one ticket. Every request waits its turn at the gate. */
async function buy(i, { url, key, regionId, variantId, pool }) {
  const record = { buyer: i, started: 0, ended: 0, service: 0, outcome: "error", step: null, status: null, message: null }
  record.steps = {}
  const send = (step, path, body) =>
    pool.run(async () => {
      const sent = performance.now()
      if (!record.started) record.started = sent
      try {
        return await call(`${url}${path}`, { method: "POST", key, body, step })
      } finally {
        const took = performance.now() - sent
        record.service += took
        record.steps[step] = took
      }
    })
  try {
    const { cart } = await send("cart", "/store/carts", {
      region_id: regionId,
      email: `buyer-${i}@rush.tessera.test`,
      items: [{ variant_id: variantId, quantity: 1 }],
    })
    const { payment_collection } = await send("payment-collection", "/store/payment-collections", { cart_id: cart.id })
    await send("payment-session", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const completed = await send("complete", `/store/carts/${cart.id}/complete`, {})
    if (completed.type === "order") Object.assign(record, { outcome: "order", order_id: completed.order.id })
    else Object.assign(record, { outcome: "rejected", step: "complete", status: 200, message: `type=${completed.type} ${completed.error?.type ?? ""} ${completed.error?.message ?? ""}`.trim() })
  } catch (error) {
    const status = error.status ?? 0
    Object.assign(record, {
      outcome: status >= 400 && status < 500 ? "rejected" : "error",
      step: error.step ?? "?",
      status,
      message: error.body ? `${error.body.type ?? ""} ${error.body.message ?? JSON.stringify(error.body)}`.trim() : error.message,
    })
  }
  record.ended = performance.now()
  return record
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN)

/** What the database says about the event and its variant. */
async function count(db, eventId, variantId) {
  const one = async (sql, params) => (await db.query(sql, params)).rows
  const [tickets] = await one(
    `select count(*)::int as all, count(*) filter (where status = 'valid')::int as valid,
            count(distinct (line_item_id, unit_index))::int as distinct_units, count(distinct order_id)::int as orders
       from ticket where event_id = $1 and deleted_at is null`,
    [eventId]
  )
  const [orders] = await one(
    `select count(distinct o.id)::int as orders, coalesce(sum(oi.quantity), 0)::int as units
       from "order" o join order_item oi on oi.order_id = o.id and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id
      where li.variant_id = $1 and o.deleted_at is null and o.status <> 'canceled'`,
    [variantId]
  )
  const levels = await one(
    `select il.location_id, il.stocked_quantity::int as stocked, il.reserved_quantity::int as reserved, il.inventory_item_id
       from inventory_level il join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
      where pvi.variant_id = $1 and il.deleted_at is null`,
    [variantId]
  )
  const [reservations] = await one(
    `select count(*)::int as rows, coalesce(sum(ri.quantity), 0)::int as units
       from reservation_item ri join product_variant_inventory_item pvi on pvi.inventory_item_id = ri.inventory_item_id and pvi.deleted_at is null
      where pvi.variant_id = $1 and ri.deleted_at is null`,
    [variantId]
  )
  return { tickets, orders, levels, reservations }
}

export default async function run(args) {
  const buyers = option(args, "buyers", 2000)
  const seats = option(args, "seats", 500)
  const concurrency = option(args, "concurrency", 96)
  // the server's own log (stdout) is kept outside the data dir: it explains any 5xx
  const logFile = join(tmpdir(), `tessera-bench-rush-${Date.now()}.log`)
  const logFd = openSync(logFile, "w")
  console.log(`[rush] server log: ${logFile}`)
  const platform = await startPlatform("rush", { stdio: ["ignore", logFd, logFd] }).finally(() => closeSync(logFd))
  const { url, ports, demo } = platform
  let db
  try {
    const key = demo.publishable_key
    db = new pg.Client({ connectionString: embeddedDatabaseUrl({ port: ports.pg, database: "tessera" }) })
    await db.connect()

    const { event, ticketType } = await createEvent(url, demo, seats)
    const variantId = ticketType.variant_id
    const { regions } = await call(`${url}/store/regions`, { key })
    const region = regions.find((r) => r.currency_code === "eur") ?? regions[0]
    const before = await count(db, event.id, variantId)
    console.log(`[rush] event ${event.id}, variant ${variantId}, capacity ${ticketType.capacity}, available ${ticketType.available}; region ${region.name}; level ${JSON.stringify(before.levels.map(({ stocked, reserved }) => ({ stocked, reserved })))}`)
    for (let i = 0; i < 5; i++) await fetch(`${url}/store/regions`, { headers: { "x-publishable-api-key": key } }) // warm

    const loadBefore = load()
    console.log(`[rush] ${buyers} buyers for ${seats} seats, ≤ ${concurrency} requests in flight; load average before: ${loadBefore} (2 cores)`)
    const pool = gate(concurrency)
    const began = performance.now()
    let done = 0
    const progress = setInterval(() => console.log(`[rush] … ${done}/${buyers} buyers finished, ${((performance.now() - began) / 1000).toFixed(0)} s, load ${load()}`), 15_000)
    const records = await Promise.all(
      Array.from({ length: buyers }, (_, i) => buy(i, { url, key, regionId: region.id, variantId, pool }).finally(() => done++))
    )
    clearInterval(progress)
    const wall = (performance.now() - began) / 1000
    const loadAfter = load()

    // order.placed subscribers issue the tickets after the checkout answered: wait until nothing changes for 5 s
    const settleBegan = Date.now()
    let last = null
    let stableSince = Date.now()
    let after
    for (;;) {
      after = await count(db, event.id, variantId)
      const snapshot = JSON.stringify(after)
      if (snapshot !== last) (last = snapshot), (stableSince = Date.now())
      if (Date.now() - stableSince >= 5000 || Date.now() - settleBegan > 180_000) break
      await sleep(500)
    }
    const settle = (Date.now() - settleBegan) / 1000

    const ordered = records.filter((r) => r.outcome === "order")
    const rejected = records.filter((r) => r.outcome === "rejected")
    const errors = records.filter((r) => r.outcome === "error")
    const latencies = ordered.map((r) => r.ended - r.started).sort((a, b) => a - b)
    const rejectedLatencies = rejected.map((r) => r.ended - r.started).sort((a, b) => a - b)
    const service = ordered.map((r) => r.service).sort((a, b) => a - b)
    const group = (list) => {
      const kinds = new Map()
      for (const r of list) {
        const kind = `${r.step} → ${r.status} ${r.message?.split(/[:.]/)[0] ?? ""}`.trim()
        const entry = kinds.get(kind) ?? { count: 0, example: r.message }
        entry.count++
        kinds.set(kind, entry)
      }
      return kinds
    }
    const level = after.levels[0] ?? {}
    const ms = (v) => (Number.isFinite(v) ? Math.round(v) : "–")

    console.table([
      {
        buyers,
        seats,
        "orders (API)": ordered.length,
        "orders (DB)": after.orders.orders,
        tickets: after.tickets.all,
        rejected: rejected.length,
        "errors (5xx/net)": errors.length,
        "stocked/reserved": `${level.stocked}/${level.reserved}`,
        reservations: after.reservations.units,
        "wall (s)": wall.toFixed(1),
      },
    ])
    console.table([
      { what: "checkout, order (cart → complete, incl. queue)", p50: ms(percentile(latencies, 50)), p95: ms(percentile(latencies, 95)), p99: ms(percentile(latencies, 99)), max: ms(latencies.at(-1)) },
      { what: "checkout, order (own request time only)", p50: ms(percentile(service, 50)), p95: ms(percentile(service, 95)), p99: ms(percentile(service, 99)), max: ms(service.at(-1)) },
      { what: "rejected buyers (first request → 4xx)", p50: ms(percentile(rejectedLatencies, 50)), p95: ms(percentile(rejectedLatencies, 95)), p99: ms(percentile(rejectedLatencies, 99)), max: ms(rejectedLatencies.at(-1)) },
    ])
    const stepRows = ["cart", "payment-collection", "payment-session", "complete"].map((step) => {
      const times = records.filter((r) => r.steps[step] !== undefined).map((r) => r.steps[step]).sort((a, b) => a - b)
      return { "step (own time, all buyers)": step, n: times.length, p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)), p99: ms(percentile(times, 99)) }
    })
    console.table(stepRows)
    for (const [title, list] of [["rejected (4xx)", rejected], ["errors (5xx / network)", errors]]) {
      if (!list.length) continue
      console.log(`${title} by step → status:`)
      for (const [kind, { count: n, example }] of group(list)) console.log(`  ${String(n).padStart(5)}  ${kind}\n         e.g. ${example}`)
    }
    console.log(`orders/s ${(ordered.length / wall).toFixed(1)}, buyers/s ${(buyers / wall).toFixed(1)}; tickets settled ${settle.toFixed(1)} s after the last buyer (valid ${after.tickets.valid}, distinct units ${after.tickets.distinct_units}, orders with tickets ${after.tickets.orders})`)
    console.log(`load average before ${loadBefore}, after ${loadAfter} (2 cores; other work on the machine skews results)`)

    const sold = Math.max(after.orders.units, ordered.length, after.tickets.all)
    const expected = Math.min(seats, buyers)
    if (sold > seats) {
      console.log(`OVERSOLD by ${sold - seats}: orders ${after.orders.orders} (units ${after.orders.units}), tickets ${after.tickets.all}, seats ${seats}; level stocked ${level.stocked} reserved ${level.reserved}; reservation rows ${after.reservations.rows}`)
    } else if (after.tickets.all === after.orders.units && after.orders.units === expected) {
      console.log(`no oversell: tickets == min(seats, orders) == ${expected === seats ? "seats" : "buyers"} (${after.tickets.all})`)
    } else {
      console.log(`no oversell, but not a clean sell-out: tickets ${after.tickets.all}, order units ${after.orders.units}, expected ${expected}`)
    }
    return { records, after }
  } finally {
    await db?.end().catch(() => {})
    await platform.stop()
  }
}
