import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Page } from "playwright-core"
import { describeInBrowser } from "../../../storefront-pwa/e2e/chromium"
import { pwaHarness } from "../../../storefront-pwa/e2e/pwa-harness"
import { reservePwaOrigin } from "../../../storefront-pwa/e2e/pwa-origin"
import { tapTag, writtenTags } from "../../../storefront-pwa/e2e/simulated-nfc"
import { type Api, countRows, type EventsService, gateEvent } from "../utils/checkin-fixtures"
import { adminHeaders } from "../utils/fixtures"

const USHER_PASSWORD = "gate-pass-123"
// The NFC layer drops a second read of the same tag within 1 s (ReadDebouncer).
const DEBOUNCE_MS = 1_100

// The PWA's origin must be in the backend's CORS lists before the app boots (see pwa-shell.spec.ts).
const pwaPort = reservePwaOrigin()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api
    let container: MedusaContainer
    let setup: Awaited<ReturnType<typeof gateEvent>>

    const pwa = pwaHarness({
      area: "pwa-gate-journey",
      port: pwaPort,
      backendUrl: () => String(api.defaults.baseURL),
      prepare: async () => {
        container = getContainer()
        // "Gate Night" on sale (GA €45, VIP €120), gate North on the list that takes every type
        setup = await gateEvent(container, { tickets: 1 })
        return setup.store.publishableKey
      },
    })

    /** A browser context of its own (its own storage, its own simulated NFC), failing the test on a page error. */
    async function phone(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
      const { page, errors } = await pwa.openPage({ viewport })
      return { page, errors }
    }

    /** The customer's side: register, find the event, buy one GA ticket, and take the credential the ticket page writes to a wristband. */
    async function customerBuysTicket(page: Page, email: string): Promise<string> {
      await page.goto(`${pwa.url}/account/register`)
      await page.getByLabel("First name").fill("Ada")
      await page.getByLabel("Last name").fill("Lovelace")
      await page.getByLabel("Email").fill(email)
      await page.getByLabel("Password").fill("correct horse battery")
      await page.getByRole("button", { name: "Create account" }).click()
      await page.getByRole("button", { name: "Sign out" }).waitFor()

      await page.getByRole("searchbox", { name: "Search" }).fill("gate night")
      await page.getByRole("searchbox", { name: "Search" }).press("Enter")
      await page.getByRole("link", { name: "Gate Night" }).click()
      await page.waitForURL(`${pwa.url}/events/${setup.main.handle}`)
      const generalAdmission = page.getByRole("list", { name: "Ticket types" }).getByRole("listitem").filter({ hasText: "General admission" })
      await generalAdmission.getByLabel("Quantity").fill("1")
      await page.getByRole("button", { name: "Add General admission to cart" }).click()
      await page.getByText("added to your cart").waitFor()
      await page.getByRole("link", { name: "Go to cart" }).click()
      await page.getByRole("button", { name: /^Pay/ }).click()
      await page.waitForURL(/\/tickets\?order=order_/)

      const tickets = page.getByRole("list", { name: "My tickets" }).getByRole("listitem")
      await tickets.first().waitFor({ timeout: 30_000 })
      expect(await tickets.count()).toBe(1)
      await page.getByRole("img", { name: /^QR code for ticket / }).waitFor()
      // the wristband the customer carries to the gate holds what the page writes: the ticket's signed credential
      await page.getByRole("button", { name: "Write to my wristband" }).click()
      await page.getByText("Written to your wristband.").waitFor()
      await page.screenshot({ path: join(pwa.artifacts, "1-customer-ticket.png"), fullPage: true })
      const written = await writtenTags(page)
      expect(written).toHaveLength(1)
      return written[0].nfc
    }

    /** The usher's side: made and assigned to gate North of the event by an admin, signed in on the PWA, NFC started. */
    async function usherAtNorthGate(page: Page, email: string): Promise<void> {
      const admin = await adminHeaders(container, "admin-journey@tessera.test")
      const { data } = await client.post("/admin/ushers", { name: "Grace", email, password: USHER_PASSWORD }, admin)
      await client.post(`/admin/events/${setup.main.id}/checkin/assignments`, { usher_id: data.usher.id, role: "usher", gate_ids: [setup.gates.north.id] }, admin)

      await page.goto(`${pwa.url}/usher`)
      await page.getByLabel("Email").fill(email)
      await page.getByLabel("Password").fill(USHER_PASSWORD)
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.getByRole("heading", { name: "Your post" }).waitFor()
      await page.getByLabel("Gate", { exact: true }).selectOption({ label: "North (Gate Night)" })
      await page.getByRole("button", { name: "Start scanning" }).click()
      await page.waitForURL(`${pwa.url}/usher/scan`)
      await page.getByRole("button", { name: "Start NFC" }).click()
      await page.getByText("ready, tap a wristband").waitFor()
    }

    /** Taps the tag on the usher's simulated reader and reads the verdict that answers this tap. */
    async function tap(page: Page, credential: string) {
      const verdict = page.locator("usher-verdict section")
      const previous = (await verdict.count()) ? await verdict.getAttribute("data-scan") : null
      await tapTag(page, { nfc: credential })
      await page.locator(previous ? `usher-verdict section:not([data-scan="${previous}"])` : "usher-verdict section").waitFor()
      return {
        headline: (await verdict.locator("h2").textContent())?.trim(),
        attendee: (await page.locator("usher-verdict .name").textContent())?.trim(),
        judgedBy: (await page.locator("usher-verdict p.meta").last().textContent())?.trim(),
      }
    }

    describeInBrowser("PWA gate journey: customer to gate", () => {
      it("should admit a ticket bought in the PWA at the usher's gate once, then answer already admitted", async () => {
        const customer = await phone({ width: 1000, height: 900 })
        const usher = await phone({ width: 480, height: 1000 })

        const credential = await customerBuysTicket(customer.page, `ada-${Date.now()}@tessera.test`)
        await usherAtNorthGate(usher.page, "grace@gate.test")
        // the live figures come from the server's stream: nobody in yet
        await usher.page.locator("#live-status", { hasText: "live" }).waitFor()
        expect(await usher.page.locator("#live-admitted").textContent()).toBe("0")

        const first = await tap(usher.page, credential)
        expect(first).toEqual({ headline: "Admitted", attendee: expect.stringContaining("Ada"), judgedBy: "Judged by the server." })
        // the admission reaches the usher's screen through the stream, for the event and for this gate
        await usher.page.locator("#live-admitted", { hasText: /^1$/ }).waitFor({ timeout: 15_000 })
        expect(await usher.page.locator("#live-inside").textContent()).toBe("1")
        expect(await usher.page.locator("#live-gate").textContent()).toBe("1")
        await usher.page.screenshot({ path: join(pwa.artifacts, "2-usher-admitted.png"), fullPage: true })

        await usher.page.waitForTimeout(DEBOUNCE_MS)
        const second = await tap(usher.page, credential)
        expect(second).toEqual({ headline: "Already admitted", attendee: first.attendee, judgedBy: "Judged by the server." })
        await usher.page.screenshot({ path: join(pwa.artifacts, "3-usher-already-admitted.png"), fullPage: true })

        // what the gate said is what the database holds: one admission of the ticket the customer bought
        const onSale = await container.resolve<EventsService>("events").listTickets({ event_id: setup.main.id })
        const bought = onSale.filter((candidate) => candidate.customer_id !== setup.customerId)
        expect(bought).toHaveLength(1)
        const [ticket] = bought
        expect(await countRows(container, "checkin_admission", "ticket_id = ? and state = 'inside' and entries = 1", [ticket.id])).toBe(1)
        expect(await countRows(container, "checkin_scan", "ticket_id = ? and outcome = 'admitted'", [ticket.id])).toBe(1)
        expect(await countRows(container, "checkin_scan", "ticket_id = ? and reason = 'already_admitted'", [ticket.id])).toBe(1)
        expect([...customer.errors, ...usher.errors]).toEqual([])
      })
    })
  },
})
