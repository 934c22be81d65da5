// What every benchmark shares: its options, waiting, and a whole platform started by the real
// launcher (production mode) on free ports with a throw-away data folder.
import { spawn } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { freePort, portIsFree } from "../launcher/embedded-postgres.mjs"

export const ROOT = fileURLToPath(new URL("../..", import.meta.url))

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** `--name N` or `--name=N`, a positive number, else `fallback`. */
export function option(args, name, fallback) {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return fallback
  const value = args[i].includes("=") ? args[i].split("=")[1] : args[i + 1]
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, got ${value}`)
  return n
}

export async function until(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value) return value
    } catch {}
    await sleep(250)
  }
  throw new Error(`timed out waiting for ${what}`)
}

/**
 * Starts `npm start` as a newcomer would (embedded Postgres, its own ports and data) and resolves
 * once it wrote demo.json. `stop()` sends Ctrl-C and waits until nothing holds the ports.
 */
export async function startPlatform(name, { stdio = ["ignore", "ignore", "inherit"] } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `tessera-bench-${name}-`))
  chmodSync(dataDir, 0o755) // as root, the embedded Postgres runs as the OS user postgres
  const ports = { backend: await freePort(), pwa: await freePort(), pg: await freePort() }
  const env = { ...process.env, NODE_ENV: "production", TESSERA_DATA_DIR: dataDir, PORT: String(ports.backend), PWA_PORT: String(ports.pwa), EMBEDDED_PG_PORT: String(ports.pg) }
  delete env.DATABASE_URL
  const url = `http://localhost:${ports.backend}`
  const child = spawn(process.execPath, [join(ROOT, "backend/launcher/start.mjs")], { cwd: ROOT, env, stdio })
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const stop = async () => {
    child.kill("SIGINT")
    await exited
    while (!(await portIsFree(ports.backend)) || !(await portIsFree(ports.pg))) await sleep(100)
    rmSync(dataDir, { recursive: true, force: true })
  }
  console.log(`[${name}] starting the platform (production, ${env.REDIS_URL ? "Redis" : "no Redis"}) on port ${ports.backend}…`)
  const demoFile = join(dataDir, "demo.json")
  try {
    await Promise.race([
      until(() => existsSync(demoFile), 600_000, "npm start"),
      exited.then((code) => Promise.reject(new Error(`the platform exited (${code}) before it was ready`))),
    ])
  } catch (error) {
    await stop()
    throw error
  }
  return { url, ports, demo: JSON.parse(readFileSync(demoFile, "utf8")), stop }
}
