import { spawn } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
// @ts-expect-error -- plain ESM launcher module without types
import { EMBEDDED_PASSWORD, freePort, portIsFree, startEmbeddedPostgres } from "../../launcher/embedded-postgres.mjs"

const launcher = join(__dirname, "../../launcher/embedded-postgres.mjs")

async function query(port: number) {
  const client = new pg.Client({ host: "localhost", port, user: "postgres", password: EMBEDDED_PASSWORD, database: "postgres" })
  await client.connect()
  const { rows } = await client.query("select 1 as one")
  await client.end()
  return rows[0].one
}

/** Starts a cluster from a separate Node process, as `npm start` would, and reports when it is up. */
function ownerProcess(dir: string, port: number) {
  const script = `import(${JSON.stringify(launcher)}).then(async (m) => {
    await m.startEmbeddedPostgres({ dir: ${JSON.stringify(dir)}, port: ${port} })
    console.log("ready"); setInterval(() => {}, 1000)
  })`
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] })
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk) => String(chunk).includes("ready") && resolve())
    child.once("exit", (code) => reject(new Error(`owner exited early (${code})`)))
  })
  return { child, ready }
}

describe("startEmbeddedPostgres", () => {
  let root: string
  let dir: string
  let port: number

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), "tessera-launcher-"))
    chmodSync(root, 0o755) // as root, Postgres runs as the OS user postgres and must reach the folder
    dir = join(root, "pg")
    port = await freePort()
  })

  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it("should adopt a cluster whose owner was killed with SIGKILL, and stop it", async () => {
    const owner = ownerProcess(dir, port)
    await owner.ready
    owner.child.kill("SIGKILL")
    await new Promise((r) => owner.child.once("exit", r))
    expect(await query(port)).toBe(1) // Postgres outlived its owner

    const cluster = await startEmbeddedPostgres({ dir, port })
    expect(cluster.adopted).toBe(true)
    expect(await query(port)).toBe(1)
    await cluster.stop()
    expect(await portIsFree(port)).toBe(true)
  })

  it("should start over a stale postmaster.pid left by a crashed cluster", async () => {
    const first = await startEmbeddedPostgres({ dir, port })
    expect(first.adopted).toBe(false)
    await first.stop()
    writeFileSync(join(dir, "postmaster.pid"), `999999\n${dir}\n`)

    const second = await startEmbeddedPostgres({ dir, port })
    expect(second.adopted).toBe(false)
    expect(await query(port)).toBe(1)
    await second.stop()
    expect(existsSync(join(dir, "postmaster.pid"))).toBe(false)
  })

  it("should refuse a port held by something that is not our Postgres", async () => {
    const net = await import("node:net")
    const squatter = net.createServer().listen(port, "127.0.0.1")
    await new Promise((r) => squatter.once("listening", r))
    const error = await startEmbeddedPostgres({ dir, port }).catch((e: Error) => e)
    expect(String(error)).toContain(`Port ${port} is taken`)
    squatter.close()
  })
})
