// `npm run scale-out`: the scale-out proof (not a CI test). Two `server` instances and one
// `worker` on one PostgreSQL and one Redis, a round-robin balancer in front; shows requests
// answered by both servers and the scheduled heartbeat job run by the worker.
// Needs REDIS_URL (default redis://127.0.0.1:6379); DATABASE_URL or the embedded database.
import { createServer, request } from "node:http"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { buildWorkspace } from "./build.mjs"
import { Children } from "./children.mjs"
import { embeddedDatabaseUrl, ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { readMeta, writeMeta } from "./meta.mjs"
import { ensureSecrets } from "./secrets.mjs"
import { ROOT } from "./workspace.mjs"
import { redisAvailable } from "../test-support/redis.mjs"
import { spawnSync } from "node:child_process"

const env = process.env
const DATA = env.TESSERA_DATA_DIR ?? join(ROOT, ".data")
const BASE_PORT = Number(env.SCALE_OUT_PORT ?? 9100)
const log = (message) => console.log(`[scale-out] ${message}`)
const bin = join(ROOT, "node_modules", ".bin", "medusa")
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

env.REDIS_URL ??= "redis://127.0.0.1:6379"
if (!(await redisAvailable(env.REDIS_URL))) {
  console.error(`[scale-out] no Redis answers at ${env.REDIS_URL}; scale-out needs one (set REDIS_URL)`)
  process.exit(1)
}
mkdirSync(DATA, { recursive: true })
ensureSecrets(DATA)
const children = new Children(DATA)
let database
if (!env.DATABASE_URL) {
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329)
  database = await startEmbeddedPostgres({ dir: join(DATA, "pg"), port })
  await ensureDatabase({ port, database: "tessera" })
  env.DATABASE_URL = embeddedDatabaseUrl({ port, database: "tessera" })
}

const childEnv = (mode, port, id) => ({
  ...env,
  NODE_ENV: "production",
  MEDUSA_DISABLE_TELEMETRY: "true",
  MEDUSA_WORKER_MODE: mode,
  PORT: String(port),
  TESSERA_INSTANCE_ID: id,
})

async function healthy(port, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return
    } catch {}
    await sleep(250)
  }
  throw new Error(`instance on port ${port} never became healthy`)
}

/** Round-robin over the servers, as any load balancer would. */
function balancer(ports) {
  let next = 0
  const server = createServer((req, res) => {
    const port = ports[next++ % ports.length]
    const upstream = request({ host: "127.0.0.1", port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on("error", () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  return new Promise((resolve) => server.listen(BASE_PORT, "127.0.0.1", () => resolve(server)))
}

let front
async function stop(code) {
  front?.close()
  await children.stopAll()
  await database?.stop()
  process.exit(code)
}
process.on("SIGINT", () => stop(130))

try {
  buildWorkspace({ app: true, log })
  const migrate = spawnSync(bin, ["db:migrate"], { cwd: ROOT, stdio: "inherit", env: childEnv("shared", 0, "migrate") })
  if (migrate.status !== 0) throw new Error("db:migrate failed")
  if (!(await readMeta(env.DATABASE_URL, "demo"))) {
    const seed = join(ROOT, "backend/.medusa/server/src/scripts/seed.js")
    if (spawnSync(bin, ["exec", seed], { cwd: ROOT, stdio: "inherit", env: childEnv("shared", 0, "seed") }).status !== 0) {
      throw new Error("seeding failed")
    }
  }
  const { publishable_key: publishableKey } = JSON.parse(await readMeta(env.DATABASE_URL, "demo"))
  await writeMeta(env.DATABASE_URL, "worker_heartbeat", JSON.stringify({ instance: "none", at: null }))

  const appDir = join(ROOT, ".medusa", "server")
  const servers = [BASE_PORT + 1, BASE_PORT + 2]
  servers.forEach((port, i) => children.spawn(`server-${i + 1}`, bin, ["start"], { cwd: appDir, env: childEnv("server", port, `server-${i + 1}`) }))
  children.spawn("worker", bin, ["start"], { cwd: appDir, env: childEnv("worker", BASE_PORT + 3, "worker-1") })
  await Promise.all(servers.map((port) => healthy(port)))
  front = await balancer(servers)
  log(`balancer on http://127.0.0.1:${BASE_PORT} → servers on ${servers.join(", ")}; worker started`)

  const servedBy = {}
  for (let i = 0; i < 20; i++) {
    const response = await fetch(`http://127.0.0.1:${BASE_PORT}/store/regions`, {
      headers: { "x-publishable-api-key": publishableKey },
    })
    if (!response.ok) throw new Error(`GET /store/regions answered ${response.status}`)
    const instance = response.headers.get("x-tessera-instance") ?? "unknown"
    servedBy[instance] = (servedBy[instance] ?? 0) + 1
  }
  log(`20 requests through the balancer were answered by: ${JSON.stringify(servedBy)}`)

  log("waiting for the scheduled heartbeat job (runs every minute, only on workers)…")
  let beat = null
  for (let waited = 0; waited < 130_000; waited += 2_000) {
    beat = JSON.parse((await readMeta(env.DATABASE_URL, "worker_heartbeat")) ?? "null")
    if (beat?.at) break
    await sleep(2_000)
  }
  log(`heartbeat job last run: ${JSON.stringify(beat)}`)
  const ok = Object.keys(servedBy).filter((id) => id.startsWith("server-")).length === 2 && beat?.instance === "worker-1"
  log(ok ? "PASS: both servers served requests and the worker ran the job" : "FAIL: see above")
  await stop(ok ? 0 : 1)
} catch (error) {
  console.error(`[scale-out] ${error.stack ?? error}`)
  await stop(1)
}
