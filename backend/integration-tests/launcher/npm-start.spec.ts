import { type ChildProcess, spawn } from "node:child_process"
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
// @ts-expect-error -- plain ESM launcher module without types
import { freePort, portIsFree } from "../../launcher/embedded-postgres.mjs"
import { CHROMIUM_AVAILABLE, launchChromium } from "../../../storefront-pwa/e2e/chromium"
import { adminPage } from "./admin-session"
import { demoApi, offlineScan } from "./demo-api"

const ROOT = join(__dirname, "../../..")
const READY_TIMEOUT = 300_000
const SCREENSHOTS = join(ROOT, "storefront-pwa/test-results/admin")
/** The check-in stream hands out scans once settled (2 s) and polls each second; the page may fall back to 5 s polls. */
const LIVE_TIMEOUT = { timeout: 20_000, interval: 250 }

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
    mkdirSync(SCREENSHOTS, { recursive: true })
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

  it.skipIf(!CHROMIUM_AVAILABLE)("should show Tessera Live's gates live on the Check-in page, and resolve a conflict there with a note", async () => {
    const platform = demo()
    const { call, login, tokenOf } = demoApi(platform)
    const admin = await tokenOf("user", "admin")
    const { events } = await call<{ events: { id: string; title: string }[] }>("GET", "/admin/events?q=Tessera%20Live", { token: admin })
    const event = events.find((candidate) => candidate.title === "Tessera Live")!
    const { gates } = await call<{ gates: { id: string; name: string }[] }>("GET", `/admin/events/${event.id}/checkin/gates`, { token: admin })
    const north = gates.find((gate) => gate.name === "North gate")!
    const south = gates.find((gate) => gate.name === "South gate")!
    const customer = await tokenOf("customer", "customer")
    const { tickets } = await call<{ tickets: { code: string; holder_name: string; credential: { qr: string } }[] }>("GET", "/store/customers/me/tickets", {
      token: customer,
      publishableKey: platform.publishable_key,
    })
    const ticket = tickets[0]

    const browser = await launchChromium()
    try {
      const page = await adminPage(browser, platform.backend_url, login("admin"))
      await page.goto(`${platform.backend_url}/app/checkin`)
      // the only published event is chosen by itself
      await page.getByRole("combobox", { name: "Event" }).getByText("Tessera Live").waitFor({ timeout: 60_000 })
      const figure = (label: string) => page.locator(`[data-figure="${label}"] h2`)
      await expect.poll(() => figure("Admitted").innerText(), LIVE_TIMEOUT).toBe("0")

      // two ushers' phones, offline, both let the same ticket in; they sync while the page is open
      const usher = await tokenOf("usher", "usher")
      const lead = await tokenOf("usher", "usher (lead)")
      const first = await call<{ scans: { outcome: string }[] }>("POST", "/usher/scans/batch", {
        token: usher,
        body: { device_id: "north-phone", scans: [offlineScan(event.id, north.id, ticket.credential.qr, 120)] },
      })
      const second = await call<{ scans: { outcome: string; conflict_id?: string }[]; conflicts: number }>("POST", "/usher/scans/batch", {
        token: lead,
        body: { device_id: "south-phone", scans: [offlineScan(event.id, south.id, ticket.credential.qr, 60)] },
      })
      expect(first.scans[0].outcome).toBe("admitted")
      expect(second).toMatchObject({ conflicts: 1, scans: [{ outcome: "rejected", conflict_id: expect.any(String) }] })

      await expect.poll(() => figure("Admitted").innerText(), LIVE_TIMEOUT).toBe("1")
      await expect.poll(() => figure("Open conflicts").innerText(), LIVE_TIMEOUT).toBe("1")
      expect(await figure("Inside now").innerText()).toBe("1")
      expect((await page.locator('[data-gate="North gate"] td').allInnerTexts()).slice(1)).toEqual(["1", "0", "0"])
      expect((await page.locator('[data-gate="South gate"] td').allInnerTexts()).slice(1)).toEqual(["0", "0", "1"])

      const scanLog = page.locator('[data-section="scan-log"]')
      await expect.poll(() => scanLog.locator("tbody tr").count(), LIVE_TIMEOUT).toBe(2)
      const rows = await scanLog.locator("tbody tr").allInnerTexts()
      expect(rows[0]).toMatch(/Rejected[\s\S]*Already admitted[\s\S]*Demo Customer[\s\S]*South gate · in[\s\S]*Leo Lead[\s\S]*Offline · conflict/)
      expect(rows[1]).toMatch(new RegExp(`Admitted[\\s\\S]*${ticket.holder_name}[\\s\\S]*${ticket.code}[\\s\\S]*North gate · in[\\s\\S]*Uma Usher`))
      await page.screenshot({ path: join(SCREENSHOTS, "checkin.png"), fullPage: true })

      // the search goes to the API: a stranger's name finds nothing, the ticket's code finds both scans
      const search = scanLog.getByPlaceholder("Code, card, ticket or name")
      await search.fill("Nobody Atall")
      await scanLog.getByText("No matching scans").waitFor({ timeout: 10_000 })
      await search.fill(ticket.code)
      await expect.poll(() => scanLog.locator("tbody tr").count(), LIVE_TIMEOUT).toBe(2)

      // the conflict names the person and both scans, not ids
      const conflicts = page.locator('[data-section="conflicts"]')
      await expect
        .poll(() => conflicts.locator("tbody tr").first().innerText(), LIVE_TIMEOUT)
        .toMatch(new RegExp(`Open[\\s\\S]*${ticket.holder_name}[\\s\\S]*${ticket.code}[\\s\\S]*First in: North gate[\\s\\S]*Uma Usher[\\s\\S]*Again: South gate[\\s\\S]*Leo Lead`))

      // resolving takes a note; without one the drawer says so and sends nothing
      await conflicts.getByRole("button", { name: "Resolve" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("button", { name: "Resolve" }).click()
      await drawer.getByText("A note is required").waitFor()
      await drawer.getByLabel("Note").fill("Same person, re-entered through the south gate; wristband checked")
      await page.screenshot({ path: join(SCREENSHOTS, "checkin-resolve.png") })
      await drawer.getByRole("button", { name: "Resolve" }).click()
      await page.getByText("Conflict resolved").waitFor({ timeout: 10_000 })
      await expect.poll(() => figure("Open conflicts").innerText(), LIVE_TIMEOUT).toBe("0")
      // the figure may arrive over the stream before the table's refetch
      await expect
        .poll(() => conflicts.locator("tbody tr").first().innerText(), LIVE_TIMEOUT)
        .toMatch(/Resolved[\s\S]*Same person, re-entered through the south gate/)
      const { conflicts: stored } = await call<{ conflicts: { status: string; resolution_note: string }[] }>("GET", `/admin/events/${event.id}/checkin/conflicts`, { token: admin })
      expect(stored).toEqual([expect.objectContaining({ status: "resolved", resolution_note: "Same person, re-entered through the south gate; wristband checked" })])
      await page.screenshot({ path: join(SCREENSHOTS, "checkin-resolved.png"), fullPage: true })
    } finally {
      await browser.close()
    }
  })

  it.skipIf(!CHROMIUM_AVAILABLE)("should set up Tessera Live's gate from the Check-in page: close and reopen scanning, add a gate, create and assign an usher", async () => {
    const platform = demo()
    const { call, login, tokenOf } = demoApi(platform)
    const admin = await tokenOf("user", "admin")
    const { events } = await call<{ events: { id: string; title: string }[] }>("GET", "/admin/events?q=Tessera%20Live", { token: admin })
    const event = events.find((candidate) => candidate.title === "Tessera Live")!
    const { gates } = await call<{ gates: { id: string; name: string }[] }>("GET", `/admin/events/${event.id}/checkin/gates`, { token: admin })
    const north = gates.find((gate) => gate.name === "North gate")!
    const customer = await tokenOf("customer", "customer")
    const { tickets } = await call<{ tickets: { credential: { qr: string } }[] }>("GET", "/store/customers/me/tickets", {
      token: customer,
      publishableKey: platform.publishable_key,
    })
    const usher = await tokenOf("usher", "usher")
    const scanAtNorth = () =>
      call<{ scan: { outcome: string; reason?: string } }>("POST", "/usher/scans", {
        token: usher,
        body: offlineScan(event.id, north.id, tickets[0].credential.qr, 0),
      })

    const browser = await launchChromium()
    try {
      const page = await adminPage(browser, platform.backend_url, login("admin"))
      await page.goto(`${platform.backend_url}/app/checkin?event_id=${event.id}`)
      const setup = page.locator('[data-section="setup"]')
      await setup.locator('[data-list]').first().waitFor({ timeout: 60_000 })
      expect(await setup.locator('[data-usher="usher@tessera.local"]').innerText()).toMatch(/Uma Usher[\s\S]*Usher[\s\S]*North gate/)

      // closing asks first; then the gate refuses every scan until it opens again
      await setup.getByRole("button", { name: "Close scanning" }).click()
      await page.getByRole("alertdialog").getByRole("button", { name: "Close scanning" }).click()
      await setup.locator('[data-scanning="closed"]').waitFor({ timeout: 10_000 })
      expect((await scanAtNorth()).scan).toMatchObject({ outcome: "rejected", reason: "not_open" })
      await setup.getByRole("button", { name: "Open scanning" }).click()
      await setup.locator('[data-scanning="open"]').waitFor({ timeout: 10_000 })
      // open again: the gate judges the ticket itself (the earlier test let it in)
      expect((await scanAtNorth()).scan).toMatchObject({ outcome: "rejected", reason: "already_admitted" })

      // a gate with its own list: VIP tickets only, no re-entry
      await setup.getByRole("button", { name: "Add gate" }).click()
      const gateDrawer = page.getByRole("dialog")
      await gateDrawer.getByLabel("Gate name").fill("East gate")
      await gateDrawer.getByLabel("List name").fill("VIP east")
      await gateDrawer.getByRole("checkbox", { name: "VIP" }).click()
      await gateDrawer.getByRole("button", { name: "Add gate" }).click()
      await page.getByText("Gate added").waitFor({ timeout: 10_000 })
      await gateDrawer.waitFor({ state: "hidden" })
      expect(await setup.locator('[data-list="VIP east"]').innerText()).toMatch(/East gate[\s\S]*VIP east[\s\S]*VIP[\s\S]*No[\s\S]*Always/)

      // a new usher signs in with the password given here, assigned as lead at the new gate
      await setup.getByRole("button", { name: "New usher" }).click()
      const usherDrawer = page.getByRole("dialog")
      await usherDrawer.getByLabel("Name").fill("Gina Gate")
      await usherDrawer.getByLabel("Email").fill("gina@tessera.test")
      await usherDrawer.getByLabel("Password").fill("short")
      await usherDrawer.getByRole("button", { name: "Create" }).click()
      await usherDrawer.getByText("At least 8 characters.").waitFor()
      await usherDrawer.getByLabel("Password").fill("gina-gate-pass")
      await usherDrawer.getByRole("button", { name: "Create" }).click()
      await page.getByText("Usher created").waitFor({ timeout: 10_000 })
      await usherDrawer.waitFor({ state: "hidden" })
      await setup.getByRole("button", { name: "Assign usher" }).click()
      const assignDrawer = page.getByRole("dialog")
      await assignDrawer.getByRole("combobox", { name: "Usher" }).click()
      await page.getByRole("option", { name: /Gina Gate/ }).click()
      await assignDrawer.getByRole("combobox", { name: "Role" }).click()
      await page.getByRole("option", { name: /Lead/ }).click()
      await assignDrawer.getByRole("checkbox", { name: "East gate" }).click()
      await assignDrawer.getByRole("button", { name: "Assign" }).click()
      await page.getByText("Usher assigned").waitFor({ timeout: 10_000 })
      expect(await setup.locator('[data-usher="gina@tessera.test"]').innerText()).toMatch(/Gina Gate[\s\S]*Lead[\s\S]*East gate/)
      await page.screenshot({ path: join(SCREENSHOTS, "checkin-setup.png"), fullPage: true })

      const gina = await call<{ token: string }>("POST", "/auth/usher/emailpass", { body: { email: "gina@tessera.test", password: "gina-gate-pass" } })
      expect(gina.token).toEqual(expect.any(String))
      const { assignments } = await call<{ assignments: { role: string; gate_ids: string[]; usher: { email: string } }[] }>(
        "GET",
        `/admin/events/${event.id}/checkin/assignments`,
        { token: admin }
      )
      const { gates: after } = await call<{ gates: { id: string; name: string }[] }>("GET", `/admin/events/${event.id}/checkin/gates`, { token: admin })
      const east = after.find((gate) => gate.name === "East gate")!
      expect(assignments).toContainEqual(expect.objectContaining({ role: "lead", gate_ids: [east.id], usher: expect.objectContaining({ email: "gina@tessera.test" }) }))
    } finally {
      await browser.close()
    }
  })

  it.skipIf(!CHROMIUM_AVAILABLE)("should show the demo customer's wallet with its balance and ledger, flag an offline overdraw, and manage cards", async () => {
    const platform = demo()
    const { call, login, tokenOf } = demoApi(platform)
    const browser = await launchChromium()
    try {
      const page = await adminPage(browser, platform.backend_url, login("admin"))
      await page.goto(`${platform.backend_url}/app/wallets`)
      const wallets = page.locator('[data-section="wallets"]')
      const demoWallet = wallets.locator("tbody tr", { hasText: "customer@tessera.local" })
      await demoWallet.waitFor({ timeout: 60_000 })
      expect(await demoWallet.innerText()).toMatch(/Demo Customer \(customer@tessera\.local\)[\s\S]*EUR[\s\S]*€50\.00/)
      await page.locator('[data-section="flagged-debits"]').getByText("Nothing flagged").waitFor()
      await page.screenshot({ path: join(SCREENSHOTS, "wallets.png"), fullPage: true })

      // the search goes to the API: the serial printed on the demo wristband finds its holder's wallet
      await wallets.getByPlaceholder("Email, name or card serial").fill("04:DE:AD:00:00:00:00")
      await expect.poll(() => wallets.locator("tbody tr").allInnerTexts(), LIVE_TIMEOUT).toEqual([expect.stringMatching(/customer@tessera\.local/)])
      await demoWallet.click()
      await page.waitForURL(/\/app\/wallets\/wal_/)
      const summary = page.locator('[data-section="wallet-summary"]')
      await summary.getByText("€50.00").waitFor({ timeout: 30_000 })
      const ledger = page.locator('[data-section="ledger"]')
      expect(await ledger.locator("tbody tr", { hasText: "Demo balance" }).innerText()).toMatch(/Top-up[\s\S]*Demo balance[\s\S]*\+€50\.00[\s\S]*€50\.00/)
      const card = page.locator('[data-section="cards"] tbody tr').first()
      expect(await card.innerText()).toMatch(/Wristband[\s\S]*Active[\s\S]*€20\.00/)
      await page.screenshot({ path: join(SCREENSHOTS, "wallet.png"), fullPage: true })

      // a stand without a connection charged €60 on the €50 wristband; it syncs later
      const admin = await tokenOf("user", "admin")
      const { cards } = await call<{ cards: { id: string }[] }>("GET", "/admin/cards?status=active", { token: admin })
      expect(cards).toHaveLength(1) // the demo customer's wristband; the others are in stock
      const { card: wristband } = await call<{ card: { credential: { credential: string } } }>("GET", `/admin/cards/${cards[0].id}`, { token: admin })
      const merchant = await tokenOf("merchant", "merchant")
      const sync = await call<{ results: { status: string; flags: string[] }[] }>("POST", "/merchant/charges/batch", {
        token: merchant,
        body: {
          charges: [
            {
              idempotency_key: "admin-pages-offline-round",
              credential: wristband.credential.credential,
              amount: 6000,
              currency_code: "eur",
              device_time: new Date(Date.now() - 60_000).toISOString(),
              description: "Offline round of drinks",
            },
          ],
        },
      })
      expect(sync.results[0]).toMatchObject({ status: "applied", flags: expect.arrayContaining(["overdrawn"]) })

      await page.reload()
      await summary.getByText("-€10.00").waitFor({ timeout: 30_000 })
      const overdraw = ledger.locator("tbody tr", { hasText: "Offline round of drinks" })
      expect(await overdraw.innerText()).toMatch(/Charge[\s\S]*-€60\.00[\s\S]*-€10\.00[\s\S]*Flagged: offline overdraw/)

      // blocking asks first, then the card stops paying
      await card.getByRole("button", { name: "Block" }).click()
      await page.getByRole("alertdialog").getByRole("button", { name: "Block" }).click()
      await page.getByText("Card blocked").waitFor({ timeout: 10_000 })
      await card.getByText("Blocked").waitFor({ timeout: 10_000 })
      await page.screenshot({ path: join(SCREENSHOTS, "wallet-flagged.png"), fullPage: true })

      await page.goto(`${platform.backend_url}/app/wallets`)
      const flagged = page.locator('[data-section="flagged-debits"] tbody tr', { hasText: "Offline round of drinks" })
      await flagged.waitFor({ timeout: 30_000 })
      expect(await flagged.innerText()).toMatch(/€60\.00[\s\S]*wal_[\s\S]*Flagged: offline overdraw/)

      // serial numbers from a CSV become wristbands in stock; known ones are skipped
      const inventory = page.locator('[data-section="cards"]')
      await inventory.getByRole("button", { name: "Import CSV" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.locator('input[type="file"]').setInputFiles({
        name: "wristbands.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("serial_number\n04:AB:CD:EF:01:02:03\n04abcdef010204\n04dead00000001\n"),
      })
      await drawer.getByText("wristbands.csv: 4 lines").waitFor()
      await drawer.getByRole("button", { name: "Import" }).click()
      await page.getByText("2 cards imported").waitFor({ timeout: 10_000 })
      await inventory.getByPlaceholder("Exact serial number").fill("04:AB:CD:EF:01:02:03")
      await expect.poll(() => inventory.locator("tbody tr").allInnerTexts(), LIVE_TIMEOUT).toEqual([expect.stringMatching(/04abcdef010203[\s\S]*Wristband[\s\S]*In stock/)])
      await page.screenshot({ path: join(SCREENSHOTS, "wallets-after.png"), fullPage: true })
    } finally {
      await browser.close()
    }
  })

  it.skipIf(!CHROMIUM_AVAILABLE)("should refund Tessera Live's wallet balances in the background from the Wallets page and show what failed", async () => {
    const platform = demo()
    const { call, login, tokenOf } = demoApi(platform)
    const admin = await tokenOf("user", "admin")
    // money from the float, not from a payment (the demo balance is too): there is nothing to refund it to
    const { wallets } = await call<{ wallets: { id: string; customer_id: string }[] }>("GET", "/admin/wallets?q=customer%40tessera.local", { token: admin })
    const body = { customer_id: wallets[0].customer_id, amount: 2500, idempotency_key: "admin-pages-refund-credit" }
    await call("POST", "/admin/wallets/adjustments", { token: admin, body })
    const { wallet } = await call<{ wallet: { balance: number } }>("GET", `/admin/wallets/${wallets[0].id}`, { token: admin })
    const left = `€${(wallet.balance / 100).toFixed(2)}` // €15.00 after the wallet test's offline overdraw
    const browser = await launchChromium()
    try {
      const page = await adminPage(browser, platform.backend_url, login("admin"))
      await page.goto(`${platform.backend_url}/app/wallets`)
      const runs = page.locator('[data-section="balance-refunds"]')
      await runs.getByText("No refunds yet").waitFor({ timeout: 60_000 })
      await runs.getByRole("combobox", { name: "Event to refund" }).click()
      await page.getByRole("option", { name: /Tessera Live/ }).click()
      await runs.getByRole("button", { name: "Refund balances" }).click()
      await page.getByRole("alertdialog").getByRole("button", { name: "Refund balances" }).click()
      await page.getByText("Balance refunds started").waitFor({ timeout: 10_000 })

      // the run goes on in the background; the page reads it again until it is over
      const run = page.locator('[data-section="balance-refund-run"]')
      await run.getByText("Completed with errors").waitFor({ timeout: 30_000 })
      expect(await run.getByTestId("balance-refund-progress").innerText()).toBe("1 of 1 wallets settled · 1 failed · €0.00 refunded")
      const failed = page.locator('[data-section="balance-refund-failures"] tbody tr')
      await failed.first().waitFor({ timeout: 10_000 })
      expect(await failed.allInnerTexts()).toEqual([expect.stringContaining(left)])
      expect(await failed.innerText()).toMatch(/wal_[\s\S]*no top-up payment is left to refund the rest of the balance to/)
      // the runs table is its own query: it is read again when the run ends
      await expect
        .poll(() => runs.locator("tbody tr").allInnerTexts(), LIVE_TIMEOUT)
        .toEqual([expect.stringMatching(/Tessera Live[\s\S]*Completed with errors[\s\S]*1 of 1[\s\S]*1/)])
      await run.screenshot({ path: join(SCREENSHOTS, "balance-refunds.png") })
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
