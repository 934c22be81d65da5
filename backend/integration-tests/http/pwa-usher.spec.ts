import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { BrowserContext, Page } from "playwright-core"
import { describeInBrowser } from "../../../storefront-pwa/e2e/chromium"
import { pwaHarness } from "../../../storefront-pwa/e2e/pwa-harness"
import { reservePwaOrigin } from "../../../storefront-pwa/e2e/pwa-origin"
import { tapTag } from "../../../storefront-pwa/e2e/simulated-nfc"
import { type Api, countRows, credentialOf, gateEvent } from "../utils/checkin-fixtures"
import { adminHeaders } from "../utils/fixtures"
import { currentCard, ticketsFor, wristbandFor } from "../utils/gate-card-fixtures"
import { walletService } from "../utils/wallet-fixtures"

const PASSWORD = "gate-pass-123"
// The NFC layer drops a second read of the same tag within 1 s (ReadDebouncer).
const DEBOUNCE_MS = 1_100

// The PWA's origin must be in the backend's CORS lists before the app boots (see pwa-shell.spec.ts).
const pwaPort = reservePwaOrigin()

/** What the test measured, printed once at the end (P6). */
const measured: Record<string, number[]> = { "offline scan-to-verdict ms": [], "cold offline start ms": [] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api
    let container: MedusaContainer
    let setup: Awaited<ReturnType<typeof gateEvent>>

    afterAll(async () => {
      console.log(`[pwa-usher] measured: ${JSON.stringify(measured)}`)
    })

    const pwa = pwaHarness({
      area: "pwa-usher",
      port: pwaPort,
      backendUrl: () => String(api.defaults.baseURL),
      prepare: async () => {
        container = getContainer()
        setup = await gateEvent(container, { tickets: 4 })
        return setup.store.publishableKey
      },
    })

    /** An usher made through the admin API and assigned to the main event's gate "North". */
    async function makeUsher(email: string, role: "usher" | "lead" = "usher") {
      const admin = await adminHeaders(container, `admin-${email}`)
      const { data } = await client.post("/admin/ushers", { name: email.split("@")[0], email, password: PASSWORD }, admin)
      await client.post(`/admin/events/${setup.main.id}/checkin/assignments`, { usher_id: data.usher.id, role, gate_ids: [setup.gates.north.id] }, admin)
      return email
    }

    /** A phone with the PWA and the simulated NFC reader, signed in and standing at gate North (entry). */
    async function usherAtGate(email: string, { tickets = 5 } = {}): Promise<{ context: BrowserContext; page: Page }> {
      const { context, page, errors } = await pwa.openPage({ viewport: { width: 480, height: 1000 } })
      await page.goto(`${pwa.url}/usher`)
      await page.getByLabel("Email").fill(email)
      await page.getByLabel("Password").fill(PASSWORD)
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.getByRole("heading", { name: "Your post" }).waitFor()
      await page.getByLabel("Gate", { exact: true }).selectOption({ label: "North (Gate Night)" })
      await page.getByRole("button", { name: "Start scanning" }).click()
      await page.waitForURL(`${pwa.url}/usher/scan`)
      // 4 GA tickets and 1 VIP on the main event, plus those a test adds
      await page.getByText(`Offline data: ${tickets} tickets`).waitFor()
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      await startNfc(page)
      expect(errors).toEqual([])
      return { context, page }
    }

    async function startNfc(page: Page) {
      await page.getByRole("button", { name: "Start NFC" }).click()
      await page.getByText("ready, tap a wristband").waitFor()
    }

    /** Taps a ticket or wristband (with its tag's serial number) and waits for the verdict that answers this tap; returns it with how long it took. */
    async function scan(page: Page, credential: string, serialNumber?: string) {
      return verdictOf(page, async () => {
        await page.waitForTimeout(DEBOUNCE_MS)
        await tapTag(page, { nfc: credential, ...(serialNumber ? { serial_number: serialNumber } : {}) })
      })
    }

    /** Pastes a ticket's QR text into the manual entry (what a QR scanner app hands over) and reads the verdict. */
    async function enterCode(page: Page, text: string) {
      return verdictOf(page, async () => {
        await page.getByLabel("Ticket code").fill(text)
        await page.getByRole("button", { name: "Check code" }).click()
      })
    }

    async function verdictOf(page: Page, read: () => Promise<void>) {
      const verdict = page.locator("usher-verdict section")
      const previous = (await verdict.count()) ? await verdict.getAttribute("data-scan") : null
      await read()
      await page.locator(previous ? `usher-verdict section:not([data-scan="${previous}"])` : "usher-verdict section").waitFor()
      const headline = (await verdict.locator("h2").textContent())?.trim()
      const reason = (await verdict.locator(".reason").count()) ? ` (${await verdict.locator(".reason").textContent()})` : ""
      const attendee = (await page.locator("usher-verdict .name").count()) ? (await page.locator("usher-verdict .name").textContent())?.trim() : undefined
      return { headline: `${headline}${reason}`, attendee, ms: Number(await verdict.getAttribute("data-ms")) }
    }

    const queued = async (page: Page) => Number(await page.locator("#queue-size strong").textContent())
    const queueReaches = (page: Page, size: number, timeout = 30_000) =>
      page.locator("#queue-size strong", { hasText: new RegExp(`^${size}$`) }).waitFor({ timeout })

    describeInBrowser("PWA usher on /usher", () => {
      it("should admit online, refuse a second entry, keep judging offline across a reload, and drain the queue back online", async () => {
        // issued first: the first credential creates the signing key, which the snapshot then carries
        const [first, second, third] = await Promise.all(setup.tickets.ga.slice(0, 3).map((ticket) => credentialOf(container, ticket)))
        const { context, page } = await usherAtGate(await makeUsher("ada@gate.test"))

        // online: the server judges
        expect(await scan(page, first)).toMatchObject({ headline: "Admitted" })
        expect(await page.getByText("Judged by the server.").count()).toBe(1)
        await page.screenshot({ path: join(pwa.artifacts, "1-admitted.png"), fullPage: true })
        expect(await scan(page, first)).toMatchObject({ headline: "Already admitted" })
        await page.screenshot({ path: join(pwa.artifacts, "2-already-admitted.png"), fullPage: true })
        expect(await countRows(container, "checkin_admission", "state = 'inside'")).toBe(1)

        // offline: the device judges from the snapshot and queues
        await context.setOffline(true)
        await page.getByText("Offline", { exact: true }).waitFor()
        const offline = [await scan(page, second), await scan(page, second), await scan(page, first)]
        expect(offline.map((verdict) => verdict.headline)).toEqual(["Admitted", "Already admitted", "Already admitted"])
        measured["offline scan-to-verdict ms"].push(...offline.map((verdict) => verdict.ms))
        expect(await page.getByText("Judged on this device (offline)").count()).toBe(1)
        await page.screenshot({ path: join(pwa.artifacts, "3-offline-already-admitted.png"), fullPage: true })
        // refused on the device, nobody went in: nothing to reconcile, so only the admission is queued
        expect(await queued(page)).toBe(1)
        expect(await countRows(container, "checkin_scan")).toBe(2)

        // a reload without network: the gate starts from the device and keeps its state
        const started = Date.now()
        await page.reload()
        await queueReaches(page, 1)
        await page.getByText("Offline data: 5 tickets").waitFor()
        measured["cold offline start ms"].push(Date.now() - started)
        await startNfc(page)
        const afterReload = [await scan(page, third), await scan(page, second)]
        expect(afterReload.map((verdict) => verdict.headline)).toEqual(["Admitted", "Already admitted"])
        measured["offline scan-to-verdict ms"].push(...afterReload.map((verdict) => verdict.ms))
        await page.screenshot({ path: join(pwa.artifacts, "4-offline-after-reload.png"), fullPage: true })
        expect(await queued(page)).toBe(2)

        // back online: the queue drains through the service worker, with its progress shown
        await context.setOffline(false)
        await page.getByText("Sent: 2 of 2").waitFor({ timeout: 30_000 })
        expect(await page.locator("#sync-progress progress").evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([2, 2])
        await queueReaches(page, 0)
        // the sync record is stored after the answers: wait for it rather than read it once
        await page.locator("#last-sync", { hasText: /2 sent, 0 conflicts/ }).waitFor()
        await page.screenshot({ path: join(pwa.artifacts, "5-synced.png"), fullPage: true })
        expect(await countRows(container, "checkin_scan")).toBe(4)
        expect(await countRows(container, "checkin_scan", "outcome = 'admitted'")).toBe(3)
        expect(await countRows(container, "checkin_admission", "state = 'inside'")).toBe(3)
        expect(await countRows(container, "checkin_conflict")).toBe(0)

        // the scan log reads the server's log, searchable by code
        await page.getByRole("link", { name: "Scan log" }).click()
        await page.getByText("Page 1 of 1 (4 scans)").waitFor()
        await page.getByRole("searchbox", { name: "Search scans" }).fill(setup.tickets.ga[2].code)
        await page.getByRole("button", { name: "Search" }).click()
        await page.getByText("Page 1 of 1 (1 scans)").waitFor()
      })

      it("should keep queued scans through a refused token, ask for a new sign-in, then send them", async () => {
        const credential = await credentialOf(container, setup.tickets.ga[0])
        const email = await makeUsher("grace@gate.test")
        const { context, page } = await usherAtGate(email)
        await context.setOffline(true)
        await page.getByText("Offline", { exact: true }).waitFor()
        expect(await scan(page, credential)).toMatchObject({ headline: "Admitted" })
        // the token the worker replays with has expired by the time the network is back
        await page.evaluate(async () => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open("tessera-gate")
            request.onsuccess = () => resolve(request.result)
            request.onerror = () => reject(request.error)
          })
          const store = db.transaction("settings", "readwrite").objectStore("settings")
          const session = await new Promise<{ token: string }>((resolve) => (store.get("usher.session").onsuccess = (e) => resolve((e.target as IDBRequest).result)))
          await new Promise((resolve) => (store.put({ ...session, token: "expired.token.value" }, "usher.session").onsuccess = resolve))
        })
        await context.setOffline(false)
        await page.getByText("Your sign-in expired.").waitFor({ timeout: 30_000 })
        expect(await queued(page)).toBe(1)
        expect(await countRows(container, "checkin_scan")).toBe(0)

        await page.getByLabel("Email").fill(email)
        await page.getByLabel("Password").fill(PASSWORD)
        await page.getByRole("button", { name: "Sign in" }).click()
        await queueReaches(page, 0)
        expect(await page.getByText("Your sign-in expired.").count()).toBe(0)
        expect(await countRows(container, "checkin_scan", "outcome = 'admitted' and offline")).toBe(1)
      })

      it("should show one admission and one conflict when two offline phones admit the same ticket, and tell the lead live", async () => {
        const ushers = await Promise.all([makeUsher("north-a@gate.test", "lead"), makeUsher("north-b@gate.test")])
        const credential = await credentialOf(container, setup.tickets.ga[0])
        const phones = [await usherAtGate(ushers[0]), await usherAtGate(ushers[1])]

        await Promise.all(phones.map(({ context }) => context.setOffline(true)))
        for (const { page } of phones) {
          await page.getByText("Offline", { exact: true }).waitFor()
          expect(await scan(page, credential)).toMatchObject({ headline: "Admitted" })
          expect(await queued(page)).toBe(1)
        }

        for (const { context, page } of phones) {
          await context.setOffline(false)
          await queueReaches(page, 0)
        }
        // the second phone to sync is told its admission collided
        const [, second] = phones
        await second.page.getByRole("list", { name: "Conflicts" }).getByRole("listitem").first().waitFor()
        // the sync record is stored after the answers: wait for it rather than read it once
        await second.page.locator("#last-sync", { hasText: /1 sent, 1 conflicts/ }).waitFor()
        await second.page.screenshot({ path: join(pwa.artifacts, "6-conflict.png"), fullPage: true })
        expect(await phones[0].page.getByRole("list", { name: "Conflicts" }).count()).toBe(0)
        // the first phone is the lead's: the conflict arrives on its screen through the live stream
        const notice = phones[0].page.getByRole("alert", { name: "New conflicts" })
        await notice.waitFor({ timeout: 15_000 })
        expect(await notice.textContent()).toMatch(/Ada Lovelace admitted twice \(at North\)/)
        await phones[0].page.screenshot({ path: join(pwa.artifacts, "6-lead-conflict-notice.png"), fullPage: true })
        expect(await countRows(container, "checkin_scan", "outcome = 'admitted'")).toBe(1)
        expect(await countRows(container, "checkin_admission", "state = 'inside'")).toBe(1)
        expect(await countRows(container, "checkin_conflict")).toBe(1)
      })

      it("should judge wristbands offline like the server: the holder's band admits, their ticket's QR is then already admitted, a blocked band is refused", async () => {
        const holder = `cus_band_${Date.now()}`
        const [ticket] = await ticketsFor(container, setup.main, holder, { holder: "Rosalind Franklin" })
        const band = await wristbandFor(container, holder)
        const ticketQr = await credentialOf(container, ticket, true)
        const blockedHolder = `cus_blocked_${Date.now()}`
        await ticketsFor(container, setup.main, blockedHolder, { holder: "Lise Meitner" })
        const blockedBand = await wristbandFor(container, blockedHolder)
        await walletService(container).changeCardStatus(blockedBand.card.id, ["assigned", "active"], "blocked")
        // written after the block, so only the card's state (not its version) can refuse it
        const blocked = await currentCard(container, blockedBand.card.id)

        const { context, page } = await usherAtGate(await makeUsher("rosalind@gate.test"), { tickets: 7 })
        await page.getByText("7 tickets, 2 wristbands").waitFor()
        await context.setOffline(true)
        await page.getByText("Offline", { exact: true }).waitFor()

        const verdicts = [await scan(page, band.credential, band.card.serial_number)]
        await page.screenshot({ path: join(pwa.artifacts, "7-offline-wristband-admitted.png"), fullPage: true })
        verdicts.push(await enterCode(page, ticketQr))
        await page.screenshot({ path: join(pwa.artifacts, "8-offline-ticket-after-wristband.png"), fullPage: true })
        verdicts.push(await scan(page, blocked.credential, blocked.card.serial_number))
        await page.screenshot({ path: join(pwa.artifacts, "9-offline-blocked-wristband.png"), fullPage: true })
        expect(verdicts.map(({ headline, attendee }) => ({ headline, attendee }))).toEqual([
          { headline: "Admitted", attendee: "Rosalind Franklin" },
          { headline: "Already admitted", attendee: "Rosalind Franklin" },
          { headline: "Rejected (Wristband blocked or reported lost)", attendee: undefined },
        ])
        measured["offline scan-to-verdict ms"].push(...verdicts.map((verdict) => verdict.ms))
        // the admission and the refusal go to the server; the already-admitted stays on the device
        expect(await queued(page)).toBe(2)
        expect(await countRows(container, "checkin_scan")).toBe(0)

        // back online, the server judges the queued scans the same way: one admission by the band, one refusal
        await context.setOffline(false)
        await queueReaches(page, 0)
        // the sync record is stored after the answers: wait for it rather than read it once
        await page.locator("#last-sync", { hasText: /2 sent, 0 conflicts/ }).waitFor()
        expect(await countRows(container, "checkin_scan", "card_id = ? and ticket_id = ? and outcome = 'admitted' and offline", [band.card.id, ticket.id])).toBe(1)
        expect(await countRows(container, "checkin_scan", "card_id = ? and reason = 'blocked'", [blocked.card.id])).toBe(1)
        expect(await countRows(container, "checkin_admission", "ticket_id = ? and state = 'inside' and entries = 1", [ticket.id])).toBe(1)
        expect(await countRows(container, "checkin_conflict")).toBe(0)
      })
    })
  },
})
