// Gives every test file a real PostgreSQL: the one named by DB_HOST / DATABASE_URL,
// or an embedded one started here for the run and removed afterwards.
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { EMBEDDED_PASSWORD, EMBEDDED_USER, freePort, startEmbeddedPostgres } from "../launcher/embedded-postgres.mjs"
import { redisAvailable } from "./redis.mjs"

/** medusa test-utils turn SSL on for any host without "localhost" in it, and then hang. */
const localhostName = (host) => (host === "127.0.0.1" || host === "::1" ? "localhost" : host)

function useDatabaseUrl(url) {
  const parsed = new URL(url)
  process.env.DB_HOST = localhostName(parsed.hostname)
  process.env.DB_PORT = parsed.port || "5432"
  process.env.DB_USERNAME = decodeURIComponent(parsed.username || "postgres")
  process.env.DB_PASSWORD = decodeURIComponent(parsed.password || "")
}

export default async function setup() {
  process.env.NODE_ENV = "test"
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  if (process.env.REDIS_URL && !(await redisAvailable(process.env.REDIS_URL))) {
    console.warn(`[tests] REDIS_URL=${process.env.REDIS_URL} does not answer; Redis tests will skip`)
    delete process.env.REDIS_URL
  }

  if (process.env.DB_HOST) {
    process.env.DB_HOST = localhostName(process.env.DB_HOST)
    console.log(`[tests] PostgreSQL from DB_HOST=${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}`)
    return
  }
  if (process.env.DATABASE_URL) {
    useDatabaseUrl(process.env.DATABASE_URL)
    console.log(`[tests] PostgreSQL from DATABASE_URL (${process.env.DB_HOST}:${process.env.DB_PORT})`)
    return
  }

  const dir = mkdtempSync(join(tmpdir(), "tessera-test-pg-"))
  chmodSync(dir, 0o755) // Postgres runs as another OS user when we are root
  const port = await freePort()
  const started = Date.now()
  const cluster = await startEmbeddedPostgres({ dir: join(dir, "data"), port })
  console.log(`[tests] embedded PostgreSQL on port ${port} (${Date.now() - started} ms)`)
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(port),
    DB_USERNAME: EMBEDDED_USER,
    DB_PASSWORD: EMBEDDED_PASSWORD,
  })
  return async () => {
    await cluster.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
