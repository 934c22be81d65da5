// `npm run bench -- browse [--events=50] [--duration=15]`: how fast customers can browse events at on-sale time.
// Starts the platform in production mode (embedded PostgreSQL on free ports, temp data dir; Redis only if
// REDIS_URL is set), creates a catalog through the admin API (venues, an organizer, N published events with three
// ticket types each, via createEventWorkflow), then runs autocannon (32 connections) against GET /store/events
// and GET /store/products on the same server, and prints req/s, p50, p99, errors and the ratio.
// The machine is shared with builds and tests: read the numbers together with the load average it prints.
import { loadavg } from "node:os"
import autocannon from "autocannon"
import { option, startPlatform } from "./platform.mjs"

const CONNECTIONS = 32
const CATEGORIES = ["music", "comedy", "theatre", "sports", "festival"]
const CITIES = [
  ["Arena Berlin", "Berlin", "de"],
  ["Elbphilharmonie", "Hamburg", "de"],
  ["Paradiso", "Amsterdam", "nl"],
  ["Ancienne Belgique", "Brussels", "be"],
  ["Gasometer", "Vienna", "at"],
]

async function call(url, { method = "GET", token, key, body } = {}) {
  const response = await fetch(url, {
    method,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { "x-publishable-api-key": key } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${JSON.stringify(data)}`)
  return data
}

/** Venues, an organizer and `count` published events with three ticket types each, as an admin would make them. */
export async function createCatalog(url, demo, count) {
  const admin = demo.logins.find((login) => login.actor === "admin")
  const { token } = await call(`${url}/auth/user/emailpass`, { method: "POST", body: { email: admin.email, password: admin.password } })
  const { stock_locations: [location] } = await call(`${url}/admin/stock-locations?limit=1`, { token })
  const venues = []
  for (const [name, city, country_code] of CITIES) {
    const { venue } = await call(`${url}/admin/venues`, { method: "POST", token, body: { name, city, country_code, address_1: "Main street 1", capacity: 5000 } })
    venues.push(venue)
  }
  const { organizer } = await call(`${url}/admin/organizers`, { method: "POST", token, body: { name: "Bench Live", email: "bench@tessera.test" } })

  const one = async (i) => {
    const starts = new Date(Date.UTC(2027, 0, 1 + i * 5, 19))
    const { event } = await call(`${url}/admin/events`, {
      method: "POST",
      token,
      body: {
        title: `Bench Event ${String(i + 1).padStart(3, "0")}`,
        description: `Night ${i + 1} of the bench season: live acts, food and late trains home.`,
        category: CATEGORIES[i % CATEGORIES.length],
        images: [`https://images.tessera.test/events/${i + 1}.jpg`],
        starts_at: starts.toISOString(),
        ends_at: new Date(starts.getTime() + 4 * 3600_000).toISOString(),
        timezone: "Europe/Berlin",
        venue_id: venues[i % venues.length].id,
        organizer_id: organizer.id,
        is_featured: i % 10 === 0,
        stock_location_id: location.id,
        ticket_types: [
          { name: "General admission", tier: "general", price: 39 + (i % 7), currency_code: "eur", capacity: 2000 },
          { name: "Premium", tier: "premium", price: 79 + (i % 5), currency_code: "eur", capacity: 300 },
          { name: "VIP", tier: "vip", price: 149, currency_code: "eur", capacity: 40 },
        ],
      },
    })
    await call(`${url}/admin/events/${event.id}`, { method: "POST", token, body: { status: "published" } })
  }
  for (let i = 0; i < count; i += 4) await Promise.all([i, i + 1, i + 2, i + 3].filter((n) => n < count).map(one))
}

export async function measure(title, url, headers, duration) {
  // warm: first requests fill caches and JIT
  for (let i = 0; i < 20; i++) await fetch(url, { headers })
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers })
  return {
    route: title,
    "req/s": Math.round(result.requests.average),
    "p50 (ms)": result.latency.p50,
    "p99 (ms)": result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  }
}

export default async function run(args) {
  const count = option(args, "events", 50)
  const duration = option(args, "duration", 15)
  const { url, demo, stop } = await startPlatform("bench")
  const rows = []
  try {
    const began = Date.now()
    await createCatalog(url, demo, count)
    console.log(`[bench] catalog: ${count} published events × 3 ticket types in ${((Date.now() - began) / 1000).toFixed(1)} s`)

    const headers = { "x-publishable-api-key": demo.publishable_key }
    const listed = await call(`${url}/store/events`, { key: demo.publishable_key })
    const products = await call(`${url}/store/products`, { key: demo.publishable_key })
    console.log(`[bench] /store/events answers ${listed.events.length} of ${listed.count}; /store/products ${products.products.length} of ${products.count}`)
    console.log(`[bench] load average before measuring: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (2 cores; other work on the machine skews results)`)

    rows.push(await measure("GET /health (floor)", `${url}/health`, {}, Math.min(duration, 5)))
    rows.push(await measure("GET /store/events", `${url}/store/events`, headers, duration))
    rows.push(await measure("GET /store/events?category=music&limit=10", `${url}/store/events?category=music&limit=10`, headers, duration))
    rows.push(await measure("GET /store/products", `${url}/store/products`, headers, duration))
  } finally {
    await stop()
  }
  console.table(rows)
  const events = rows.find((r) => r.route === "GET /store/events")
  const products = rows.find((r) => r.route === "GET /store/products")
  console.log(`GET /store/events: ${events["req/s"]} req/s, ${(events["req/s"] / Math.max(1, products["req/s"])).toFixed(1)}× GET /store/products (goal ≥ 500 req/s) ${events["req/s"] >= 500 ? "MET" : "MISSED"}`)
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`)
}
