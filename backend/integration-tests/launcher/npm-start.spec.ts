import { type ChildProcess, spawn } from "node:child_process"
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
// @ts-expect-error -- plain ESM launcher module without types
import { freePort, portIsFree } from "../../launcher/embedded-postgres.mjs"
import { CHROMIUM_AVAILABLE, launchChromium } from "../../../storefront-pwa/e2e/chromium"

const ROOT = join(__dirname, "../../..")
const READY_TIMEOUT = 300_000

type Demo = { backend_url: string; pwa_url: string; publishable_key: string; logins: { actor: string; email: string; password: string }[] }

/**
 * `npm start` as a newcomer runs it: no DATABASE_URL, its own data folder and ports. Each start
 * resolves when the launcher prints "ready", with the time it took.
 */
describe("npm start (the zero-setup launcher)", () => {
  let dataDir: string
  let env: NodeJS.ProcessEnv
  let launcher: ChildProcess | undefined
  let ports: { backend: number; pwa: number; pg: number }

  const start = () =>
    new Promise<{ child: ChildProcess; seconds: number; output: () => string }>((resolve, reject) => {
      const began = Date.now()
      let output = ""
      const child = spawn(process.execPath, [join(ROOT, "backend/launcher/start.mjs")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
      const timer = setTimeout(() => reject(new Error(`not ready after ${READY_TIMEOUT} ms:\n${output.slice(-3000)}`)), READY_TIMEOUT)
      const collect = (chunk: Buffer) => {
        output += chunk
        if (/\[tessera\] ready in/.test(output)) {
          clearTimeout(timer)
          resolve({ child, seconds: (Date.now() - began) / 1000, output: () => output })
        }
      }
      child.stdout?.on("data", collect)
      child.stderr?.on("data", collect)
      child.once("exit", (code) => reject(new Error(`launcher exited (${code}) before ready:\n${output.slice(-3000)}`)))
      launcher = child
    })

  const stopped = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)))
  const demo = (): Demo => JSON.parse(readFileSync(join(dataDir, "demo.json"), "utf8"))

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "tessera-start-"))
    chmodSync(dataDir, 0o755) // as root, the embedded Postgres runs as the OS user postgres
    ports = { backend: await freePort(), pwa: await freePort(), pg: await freePort() }
    env = { ...process.env, NODE_ENV: "production", TESSERA_DATA_DIR: dataDir, PORT: String(ports.backend), PWA_PORT: String(ports.pwa), EMBEDDED_PG_PORT: String(ports.pg) }
    for (const name of ["DATABASE_URL", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "JWT_SECRET", "COOKIE_SECRET", "TESSERA_KEY_SECRET"]) delete env[name]
  })

  afterAll(async () => {
    if (launcher && launcher.exitCode === null) {
      launcher.kill("SIGINT")
      await stopped(launcher)
    }
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("should start from an empty data folder and hand out working URLs, key and logins", async () => {
    const { seconds } = await start()
    console.log(`[npm start] first start ready in ${seconds.toFixed(1)} s`)
    const { backend_url, pwa_url, publishable_key, logins } = demo()
    expect((await fetch(`${backend_url}/health`)).status).toBe(200)
    const regions = await fetch(`${backend_url}/store/regions`, { headers: { "x-publishable-api-key": publishable_key } })
    expect(regions.status).toBe(200)
    expect(await (await fetch(`${pwa_url}/config.json`)).json()).toEqual({ backend_url, publishable_key })
    expect(logins).toContainEqual(expect.objectContaining({ actor: "admin", email: "admin@tessera.local" }))
    const secrets = JSON.parse(readFileSync(join(dataDir, "secrets.json"), "utf8"))
    expect(Object.keys(secrets).sort()).toEqual(["COOKIE_SECRET", "JWT_SECRET", "TESSERA_KEY_SECRET"])
  })

  it.skipIf(!CHROMIUM_AVAILABLE)("should let the demo admin log in to /app and open the Tessera platform page", async () => {
    const { backend_url, logins } = demo()
    const admin = logins.find((l) => l.actor === "admin")!
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(`${backend_url}/app/login`)
      await page.fill('input[name="email"]', admin.email)
      await page.fill('input[name="password"]', admin.password)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes("login"), { timeout: 60_000 })
      // a full page load: the session must survive it (a Secure cookie over http would not)
      await page.goto(`${backend_url}/app/settings/tessera-platform`)
      await page.getByRole("button", { name: "Rotate signing key" }).waitFor({ timeout: 60_000 })
      await page.getByText(`localhost:${ports.pg}`).waitFor({ timeout: 10_000 }) // the embedded database this start made
    } finally {
      await browser.close()
    }
  })

  it("should leave nothing running after Ctrl-C, and start again warm", async () => {
    launcher!.kill("SIGINT")
    expect(await stopped(launcher!)).toBe(0)
    expect(await portIsFree(ports.backend)).toBe(true)
    expect(await portIsFree(ports.pg)).toBe(true)
    expect(await portIsFree(ports.pwa)).toBe(true)

    const warm = await start()
    console.log(`[npm start] warm start ready in ${warm.seconds.toFixed(1)} s`)
    expect(warm.output()).toContain("schema is up to date")
    expect(warm.output()).not.toContain("seeding the demo")
    expect((await fetch(`${demo().backend_url}/health`)).status).toBe(200)
  })

  it("should start after the launcher was killed with SIGKILL", async () => {
    launcher!.kill("SIGKILL")
    await stopped(launcher!)
    const again = await start()
    expect(again.output()).toMatch(/left behind by an earlier run/)
    expect(again.output()).toMatch(/embedded PostgreSQL adopted/)
    expect((await fetch(`${demo().backend_url}/health`)).status).toBe(200)
    launcher!.kill("SIGINT")
    expect(await stopped(launcher!)).toBe(0)
    expect(await portIsFree(ports.backend)).toBe(true)
    expect(await portIsFree(ports.pg)).toBe(true)
  })
})
