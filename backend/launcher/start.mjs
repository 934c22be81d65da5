// `npm start` / `npm run dev`: one command from a fresh clone to a running platform.
// Embedded PostgreSQL unless DATABASE_URL is set; build, migrate and seed only what is
// stale; Medusa (admin at /app) plus the PWA; URLs and demo logins printed and written
// to .data/demo.json. Ctrl-C stops everything; after kill -9 the next start adopts or
// reaps what was left behind.
import { spawnSync } from "node:child_process"
import { mkdirSync, writeFileSync, watch } from "node:fs"
import { join } from "node:path"
import { buildWorkspace } from "./build.mjs"
import { Children, reapStaleChildren } from "./children.mjs"
import { embeddedDatabaseUrl, ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { readMeta, writeMeta } from "./meta.mjs"
import { migrationsHash } from "./migrations.mjs"
import { ensureSecrets } from "./secrets.mjs"
import { linkUploads } from "./uploads.mjs"
import { hashInputs, ROOT } from "./workspace.mjs"

const dev = process.argv.includes("--dev")
const env = process.env
const DATA = env.TESSERA_DATA_DIR ?? join(ROOT, ".data")
const PORT = Number(env.PORT ?? 9000)
const PWA_PORT = Number(env.PWA_PORT ?? 9001)
const HOST = env.HOST ?? "localhost"
const workerMode = env.MEDUSA_WORKER_MODE ?? "shared"
const serves = workerMode !== "worker"
const bin = (name) => join(ROOT, "node_modules", ".bin", name)
const started = Date.now()
const log = (message) => console.log(`[tessera] ${message}`)
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

mkdirSync(DATA, { recursive: true })
ensureSecrets(DATA)
reapStaleChildren(DATA, log)
const children = new Children(DATA)
let database
let pwa
let stopping = false

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  log("stopping…")
  await children.stopAll()
  await pwa?.close()
  await database?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

function medusa(args, cwd = ROOT) {
  const result = spawnSync(bin("medusa"), args, { cwd, stdio: "inherit", env: childEnv() })
  if (result.status !== 0) throw new Error(`medusa ${args.join(" ")} failed (exit ${result.status})`)
}

const childEnv = () => ({
  ...env,
  // the PWA's own origin, wherever PWA_PORT put it
  PWA_CORS: env.PWA_CORS ?? [`http://${HOST}:${PWA_PORT}`, `http://127.0.0.1:${PWA_PORT}`, "http://localhost:5173"].join(","),
  MEDUSA_DISABLE_TELEMETRY: "true",
  NODE_ENV: dev ? "development" : env.NODE_ENV ?? "production",
  PORT: String(PORT),
  MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL ?? `http://${HOST}:${PORT}`,
})

async function prepareDatabase() {
  if (env.DATABASE_URL) {
    log("using the PostgreSQL named by DATABASE_URL")
    return
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329)
  database = await startEmbeddedPostgres({ dir: join(DATA, "pg"), port, log: env.DEBUG_PG ? log : () => {} })
  await ensureDatabase({ port, database: "tessera" })
  env.DATABASE_URL = embeddedDatabaseUrl({ port, database: "tessera" })
  env.TESSERA_DB_MODE = "embedded"
  log(`embedded PostgreSQL ${database.adopted ? "adopted" : "started"} on port ${port} (${elapsed()})`)
}

async function migrate() {
  const hash = migrationsHash()
  if ((await readMeta(env.DATABASE_URL, "migrations_hash")) === hash) return log("schema is up to date")
  log("migrating the database…")
  medusa(["db:migrate"])
  await writeMeta(env.DATABASE_URL, "migrations_hash", hash)
}

async function seed() {
  const script = join(ROOT, "backend/.medusa/server/src/scripts/seed.js")
  const hash = hashInputs(join(ROOT, "backend"), ["src/seed", "src/scripts/seed.ts"])
  if ((await readMeta(env.DATABASE_URL, "seed_hash")) !== hash) {
    log("seeding the demo…")
    medusa(["exec", script])
    await writeMeta(env.DATABASE_URL, "seed_hash", hash)
  }
  return JSON.parse((await readMeta(env.DATABASE_URL, "demo")) ?? "{}")
}

/**
 * `MEDUSA_CLUSTER` (a count or a share of the CPUs, e.g. `2` or `100%`) runs Medusa's own cluster mode:
 * one process per core, sharing the port. Only with Redis, because without it every process would keep
 * its own event bus, cache and workflow state (stale caches, jobs run once per process).
 */
function clusterArgs() {
  const size = env.MEDUSA_CLUSTER
  if (!size || dev) return []
  if (!env.REDIS_URL) {
    log("MEDUSA_CLUSTER is ignored without REDIS_URL: the processes would not share events, caches and jobs")
    return []
  }
  return ["--cluster", size]
}

function startMedusa() {
  const [args, cwd] = dev ? [["develop"], ROOT] : [["start", ...clusterArgs()], join(ROOT, ".medusa", "server")]
  linkUploads(DATA, cwd)
  const child = children.spawn("medusa", bin("medusa"), args, { cwd, env: childEnv() })
  child.once("exit", (code) => {
    if (!stopping && !restarting) {
      log(`Medusa exited (${code}); stopping`)
      shutdown(1)
    }
  })
}

async function waitForHealth(url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Medusa did not answer ${url}/health within ${timeoutMs / 1000} s`)
}

let restarting = false
/** Dev loop: a change under a plugin's src rebuilds that plugin and restarts Medusa. */
function watchPlugins(backendUrl) {
  let timer
  const rebuild = () => {
    clearTimeout(timer)
    timer = setTimeout(async () => {
      try {
        const built = buildWorkspace({ log })
        if (!built.length) return
        restarting = true
        await children.stop("medusa")
        startMedusa()
        restarting = false
        await waitForHealth(backendUrl)
        log(`reloaded after rebuilding ${built.join(", ")}`)
      } catch (error) {
        log(`rebuild failed: ${error.message}`)
      }
    }, 300)
  }
  for (const dir of ["plugins", "backend/src", "admin-extensions/src", "storefront-pwa/src"]) {
    watch(join(ROOT, dir), { recursive: true }, (_, file) => {
      if (file && !/(^|\/)(\.medusa|node_modules|dist)(\/|$)|__admin-extensions__/.test(file)) rebuild()
    })
  }
}

async function main() {
  await prepareDatabase()
  buildWorkspace({ app: !dev, log })
  log(`build checked (${elapsed()})`)
  await migrate()
  const demo = await seed()
  const backendUrl = `http://${HOST}:${PORT}`
  startMedusa()
  let pwaUrl = null
  if (serves) {
    const { servePwa } = await import("../../storefront-pwa/server/serve-pwa.mjs")
    pwa = await servePwa({
      port: PWA_PORT,
      host: env.PWA_HOST ?? "127.0.0.1",
      distDir: join(ROOT, "storefront-pwa", "dist"),
      config: {
        backend_url: backendUrl,
        publishable_key: demo.publishable_key,
        ...(env.STRIPE_PUBLISHABLE_KEY ? { stripe_publishable_key: env.STRIPE_PUBLISHABLE_KEY } : {}),
      },
    })
    pwaUrl = `http://${HOST}:${PWA_PORT}`
    await waitForHealth(backendUrl)
  }
  const summary = {
    backend_url: backendUrl,
    admin_url: `${backendUrl}/app`,
    pwa_url: pwaUrl,
    publishable_key: demo.publishable_key,
    database: env.TESSERA_DB_MODE === "embedded" ? "embedded" : "external",
    redis: Boolean(env.REDIS_URL),
    worker_mode: workerMode,
    logins: demo.logins ?? [],
  }
  writeFileSync(join(DATA, "demo.json"), JSON.stringify(summary, null, 2))
  log(`ready in ${elapsed()}`)
  console.log(
    [
      "",
      `  Backend   ${summary.backend_url}   (health: ${backendUrl}/health)`,
      `  Admin     ${summary.admin_url}`,
      pwaUrl ? `  PWA       ${pwaUrl}` : "  PWA       not served in worker mode",
      `  Store key ${summary.publishable_key}`,
      ...summary.logins.map((l) => `  Login     ${l.actor.padEnd(9)} ${l.email} / ${l.password}`),
      `  (also in .data/demo.json)   Ctrl-C stops everything.`,
      "",
    ].join("\n")
  )
  if (dev) watchPlugins(backendUrl)
}

main().catch(async (error) => {
  console.error(`[tessera] ${error.stack ?? error}`)
  await shutdown(1)
})
