import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { BrowserContext, Page } from "playwright-core"
import { describeInBrowser } from "../../../storefront-pwa/e2e/chromium"
import { pwaHarness } from "../../../storefront-pwa/e2e/pwa-harness"
import { reservePwaOrigin } from "../../../storefront-pwa/e2e/pwa-origin"
import { tapTag, writtenTags } from "../../../storefront-pwa/e2e/simulated-nfc"
import { countRows } from "../utils/checkin-fixtures"
import { eventually } from "../utils/eventually"
import { adminHeaders, storeAccess } from "../utils/fixtures"
import { type Api, HEALTHY, aCardholder, merchantToken, randomSerial, walletService } from "../utils/wallet-fixtures"
import { otpInbox } from "../utils/wallet-otp-fixtures"

const PASSWORD = "stand-pass-123"
// The NFC layer drops a second read of the same tag within 1 s (ReadDebouncer).
const DEBOUNCE_MS = 1_100

// The PWA's origin must be in the backend's CORS lists before the app boots (see pwa-shell.spec.ts).
const pwaPort = reservePwaOrigin()

/** What the test measured, printed once at the end. */
const measured: Record<string, number[]> = { "online tap-to-receipt ms": [], "offline tap-to-verdict ms": [], "cold offline start ms": [] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api
    let container: MedusaContainer
    let inbox: ReturnType<typeof otpInbox>

    afterAll(async () => {
      console.log(`[pwa-merchant] measured: ${JSON.stringify(measured)}`)
    })

    const pwa = pwaHarness({
      area: "pwa-merchant",
      port: pwaPort,
      backendUrl: () => String(api.defaults.baseURL),
      prepare: async () => {
        container = getContainer()
        inbox ??= otpInbox(container)
        return (await storeAccess(container)).publishableKey
      },
    })

    /** A merchant with one EUR stand (bound to no event: it sees every card), made through the admin API. */
    async function makeMerchant(email: string, phone?: string) {
      const admin = await adminHeaders(container, `admin-${email}`)
      const { data } = await client.post(
        "/admin/merchants",
        { name: "Bratwurst Bros", email, password: PASSWORD, ...(phone ? { phone } : {}), stands: [{ name: "Grill" }] },
        admin
      )
      return data.merchant as { id: string; stands: { id: string }[] }
    }

    /** A phone with the PWA and the simulated NFC reader/writer, on /merchant. */
    async function phone(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
      const { context, page, errors } = await pwa.openPage({ viewport: { width: 480, height: 1000 } })
      await page.goto(`${pwa.url}/merchant`)
      return { context, page, errors }
    }

    async function signInWithPassword(page: Page, email: string) {
      await page.getByLabel("Email", { exact: true }).fill(email)
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD)
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.getByRole("heading", { name: "Charge", exact: true }).waitFor()
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    }

    /** Rings up `amount` (typed as the merchant would), arms the till, taps the wristband; returns the answer shown. */
    async function charge(page: Page, amount: string, credential: string) {
      await page.getByLabel("Amount (EUR)").fill(amount)
      await page.getByRole("button", { name: /^Charge/ }).click()
      return tapAndRead(page, credential)
    }

    async function tapAndRead(page: Page, credential: string) {
      await page.getByText("ready, tap a wristband").waitFor()
      await page.waitForTimeout(DEBOUNCE_MS)
      await tapTag(page, { nfc: credential })
      const answer = page.locator("merchant-receipt [data-outcome]")
      await answer.waitFor()
      return {
        outcome: await answer.getAttribute("data-outcome"),
        headline: (await answer.locator("h2").textContent())?.trim(),
        ms: Number(await answer.getAttribute("data-ms")),
      }
    }

    const newCharge = (page: Page) => page.getByRole("button", { name: "New charge" }).click()
    const queued = async (page: Page) => Number(await page.locator("#queue-size strong").textContent())
    const queueReaches = (page: Page, size: number, timeout = 30_000) =>
      page.locator("#queue-size strong", { hasText: new RegExp(`^${size}$`) }).waitFor({ timeout })
    const balanceOf = (walletId: string) => walletService(container).walletBalance(walletId)
    const chargesWithKey = (merchantId: string, key: string) =>
      countRows(container, "ledger_transaction", "idempotency_key = ? and kind = 'charge'", [`charge:${merchantId}:${key}`])

    describeInBrowser("PWA merchant on /merchant", () => {
      it("should charge online with a receipt, charge offline within the cap, refuse a blocked card, and land the offline charge once", async () => {
        const merchant = await makeMerchant("grill@stand.test")
        // issued first: the first credential creates the signing key, which the snapshot then carries
        const holder = await aCardholder(container, { balance: 5000 })
        const blockedHolder = await aCardholder(container, { balance: 5000 })
        const { page, context, errors } = await phone()
        await signInWithPassword(page, "grill@stand.test")
        await page.getByText(/Offline data: \d+ wristbands/).waitFor()

        // online, with items: the server charges and the receipt shows the wallet's new balance
        await page.getByRole("button", { name: "Add item" }).click()
        await page.getByLabel("Item 1 name").fill("Bratwurst")
        await page.getByLabel("Item 1 quantity").fill("2")
        await page.getByLabel("Item 1 unit price").fill("4.50")
        await page.getByRole("button", { name: "Add item" }).click()
        await page.getByLabel("Item 2 name").fill("Cola")
        await page.getByLabel("Item 2 unit price").fill("3")
        await page.getByRole("button", { name: "Charge €12.00" }).click()
        await page.getByText("ready, tap a wristband").waitFor()
        await page.screenshot({ path: join(pwa.artifacts, "0-tap-wristband.png"), fullPage: true })
        const online = await tapAndRead(page, holder.credential)
        expect(online).toMatchObject({ outcome: "charged", headline: "Paid" })
        measured["online tap-to-receipt ms"].push(online.ms)
        expect(await page.locator("#new-balance").textContent()).toBe("€38.00")
        expect(await page.getByRole("table").getByRole("row").count()).toBe(4) // head, 2 items, total
        const onlineChargeId = (await page.locator("#charge-id").textContent())?.trim()
        expect(onlineChargeId).toBeTruthy()
        await page.screenshot({ path: join(pwa.artifacts, "1-charge-receipt.png"), fullPage: true })
        await page.emulateMedia({ colorScheme: "dark" })
        await page.screenshot({ path: join(pwa.artifacts, "1-charge-receipt-dark.png"), fullPage: true })
        await page.emulateMedia({ colorScheme: "light" })
        expect(await balanceOf(holder.wallet.id)).toBe(3800)
        expect(await countRows(container, "ledger_transaction", "merchant_id = ? and kind = 'charge'", [merchant.id])).toBe(1)

        // the card is blocked after the stand's first download: the update brings the block list to the device
        await walletService(container).changeCardStatus(blockedHolder.card.id, ["active"], "blocked")
        await newCharge(page)
        await page.getByRole("button", { name: "Update offline data" }).click()
        const storedVersion = () =>
          page.evaluate(async (cardId) => {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const request = indexedDB.open("tessera-stand")
              request.onsuccess = () => resolve(request.result)
              request.onerror = () => reject(request.error)
            })
            const cards = await new Promise<{ id: string; version: number }[]>(
              (resolve) => (db.transaction("cards").objectStore("cards").getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result))
            )
            db.close()
            return cards.find((card) => card.id === cardId)?.version
          }, blockedHolder.card.id)
        const blockedVersion = await eventually(storedVersion, (version) => version === blockedHolder.card.version + 1)
        expect(blockedVersion).toBe(blockedHolder.card.version + 1)

        // offline: judged on the device against the snapshot, queued
        await context.setOffline(true)
        await page.getByText("Offline", { exact: true }).waitFor()
        const offline = await charge(page, "3,50", holder.credential)
        expect(offline).toMatchObject({ outcome: "queued", headline: "Accepted offline" })
        measured["offline tap-to-verdict ms"].push(offline.ms)
        const offlineKey = (await page.locator("#charge-id").textContent())?.trim() ?? ""
        expect(await queued(page)).toBe(1)
        await page.screenshot({ path: join(pwa.artifacts, "2-offline-accepted.png"), fullPage: true })

        // the blocked card is refused on the device (its old credential is revoked), and so is a charge past the cap
        await newCharge(page)
        const blocked = await charge(page, "2", blockedHolder.credential)
        expect(blocked).toMatchObject({ outcome: "refused", headline: "Not charged" })
        expect(await page.locator("#refusal").textContent()).toMatch(/replaced or blocked/)
        await page.screenshot({ path: join(pwa.artifacts, "3-offline-blocked.png"), fullPage: true })
        await newCharge(page)
        const overCap = await charge(page, "20", holder.credential) // the cap is €20.00 and €3.50 is unsynced
        expect(overCap).toMatchObject({ outcome: "refused" })
        expect(await page.locator("#refusal").textContent()).toMatch(/offline limit.*€16\.50/)
        measured["offline tap-to-verdict ms"].push(blocked.ms, overCap.ms)
        expect(await queued(page)).toBe(1)
        expect(await chargesWithKey(merchant.id, offlineKey)).toBe(0)

        // a reload without network: the till starts from the device and keeps its queue
        const started = Date.now()
        await page.reload()
        await page.getByRole("heading", { name: "Charge", exact: true }).waitFor()
        await queueReaches(page, 1)
        await page.getByText(/Offline data: \d+ wristbands/).waitFor()
        measured["cold offline start ms"].push(Date.now() - started)

        // back online: the queue drains through the service worker, with its progress; the charge lands once
        await context.setOffline(false)
        await page.getByText("Sent: 1 of 1").waitFor({ timeout: 30_000 })
        await queueReaches(page, 0)
        // the last-sync record is written after the answers, so it is waited for, not read once
        await page.locator("#last-sync", { hasText: /1 sent, 0 refused/ }).waitFor()
        await page.screenshot({ path: join(pwa.artifacts, "4-synced.png"), fullPage: true })
        expect(await chargesWithKey(merchant.id, offlineKey)).toBe(1)
        expect(await balanceOf(holder.wallet.id)).toBe(3450)

        // the same offline charge sent again (as a second replay would) counts once
        const stored = await page.evaluate(async (key) => {
          const db = await new Promise<IDBDatabase>((resolve) => (indexedDB.open("tessera-stand").onsuccess = (e) => resolve((e.target as IDBOpenDBRequest).result)))
          const charge = await new Promise<{ request: unknown; sync: string }>(
            (resolve) => (db.transaction("charges").objectStore("charges").get(key).onsuccess = (e) => resolve((e.target as IDBRequest).result))
          )
          db.close()
          return charge
        }, offlineKey)
        expect(stored.sync).toBe("synced")
        const again = await client.post("/merchant/charges/batch", { charges: [stored.request] }, merchantToken(container, merchant.id))
        expect(again.data.results).toEqual([expect.objectContaining({ status: "duplicate" })])
        expect(await chargesWithKey(merchant.id, offlineKey)).toBe(1)
        expect(await balanceOf(holder.wallet.id)).toBe(3450)
        expect(await balanceOf(blockedHolder.wallet.id)).toBe(5000)

        // a refund from the recent list, confirmed first, gives the offline charge back
        await page.getByRole("link", { name: "Recent charges" }).click()
        await page.getByText("Page 1 of 1 (2 charges)").waitFor()
        await page.getByRole("button", { name: /^Refund €3\.50/ }).click()
        await page.getByRole("button", { name: "Yes, refund €3.50" }).click()
        await page.getByRole("listitem").filter({ hasText: "€3.50" }).getByText("Refunded").waitFor()
        await page.screenshot({ path: join(pwa.artifacts, "5-refunded.png"), fullPage: true })
        expect(await balanceOf(holder.wallet.id)).toBe(3800)
        expect(await walletService(container).auditLedger()).toEqual(HEALTHY)
        expect(errors).toEqual([])
      })

      it("should sign in by SMS code and assign a wristband in stock to a customer who reads out their code", async () => {
        const merchantPhone = `+49151${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`
        const customerPhone = `+49170${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`
        await makeMerchant("counter@stand.test", merchantPhone)
        const customer = await container
          .resolve(Modules.CUSTOMER)
          .createCustomers({ email: "ada@fans.test", first_name: "Ada", last_name: "Lovelace", phone: customerPhone, has_account: true })
        const serial = randomSerial()
        await walletService(container).importCards([{ serial_number: serial, kind: "wristband" }])
        const { page, errors } = await phone()

        await page.getByRole("button", { name: "Code by SMS" }).click()
        await page.getByLabel("Mobile number").fill(merchantPhone)
        await page.getByRole("button", { name: "Send code" }).click()
        await page.getByLabel("Code", { exact: true }).fill(await inbox.latest(merchantPhone))
        await page.getByRole("button", { name: "Sign in" }).click()
        await page.getByRole("heading", { name: "Charge", exact: true }).waitFor()

        await page.getByRole("link", { name: "Assign a wristband" }).click()
        await page.getByRole("button", { name: "Start NFC" }).click()
        await page.getByText("ready, tap a wristband").waitFor()
        await tapTag(page, { serial_number: serial })
        await page.getByText(`Wristband ${serial} ready.`).waitFor()

        await page.getByLabel("Customer's mobile number").fill(customerPhone.replace("+49", "0049 "))
        await page.getByRole("button", { name: "Find customer" }).click()
        await page.locator("#customer").getByText("Ada L.").waitFor()
        await page.getByRole("button", { name: "Send code", exact: true }).click()
        await page.locator("#code-sent").waitFor()
        const code = await inbox.latest(customerPhone)

        // a wrong code is refused in the server's words, and the card stays in stock
        await page.getByLabel("Code the customer reads out").fill(code === "000000" ? "111111" : "000000")
        await page.getByRole("button", { name: "Assign wristband" }).click()
        await page.getByText(/4 attempts left/).waitFor()
        expect((await walletService(container).listCards({ serial_number: serial }))[0]).toMatchObject({ status: "in_stock", customer_id: null })

        await page.getByLabel("Code the customer reads out").fill(code)
        await page.getByRole("button", { name: "Assign wristband" }).click()
        await page.locator("#assigned").getByText(`Wristband ${serial} now belongs to Ada L.`).waitFor()
        await page.getByRole("button", { name: "Write to the wristband" }).click()
        await page.getByText("Written and locked.").waitFor()
        await page.screenshot({ path: join(pwa.artifacts, "6-assigned.png"), fullPage: true })

        const [card] = await walletService(container).listCards({ serial_number: serial })
        expect(card).toMatchObject({ status: "active", customer_id: customer.id })
        const written = await writtenTags(page)
        expect(written).toHaveLength(1)
        expect(written[0].read_only).toBe(true)
        expect(errors).toEqual([])
      })
    })
  },
})
