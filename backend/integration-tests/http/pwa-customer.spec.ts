import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { base64UrlToBytes, verifyCredential, type VerificationKey } from "@tessera/credentials/codec"
import decodeQR from "qr/decode.js"
import type { BrowserContext, Page } from "playwright-core"
import { describeInBrowser } from "../../../storefront-pwa/e2e/chromium"
import { pwaHarness } from "../../../storefront-pwa/e2e/pwa-harness"
import { reservePwaOrigin } from "../../../storefront-pwa/e2e/pwa-origin"
import { writtenTags } from "../../../storefront-pwa/e2e/simulated-nfc"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { ticketStore } from "../utils/ticket-fixtures"


// The PWA's origin must be in the backend's CORS lists before the app boots (see pwa-shell.spec.ts).
const pwaPort = reservePwaOrigin()

type CredentialService = { listPublicKeys(): Promise<VerificationKey[]> }

/** Reads the QR code drawn by <ticket-qr>: its SVG is rasterised in the page, the pixels decoded here. */
async function readQrCode(page: Page): Promise<string> {
  const pixels = await page.locator("ticket-qr svg").evaluate(async (svg) => {
    const size = 600
    const image = new Image()
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`
    await image.decode()
    const canvas = document.createElement("canvas")
    canvas.width = canvas.height = size
    const context = canvas.getContext("2d") as CanvasRenderingContext2D
    context.drawImage(image, 0, 0, size, size)
    return { width: size, height: size, data: Array.from(context.getImageData(0, 0, size, size).data) }
  })
  return decodeQR({ width: pixels.width, height: pixels.height, data: Uint8Array.from(pixels.data) })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let context: BrowserContext
    let page: Page
    let store: Awaited<ReturnType<typeof ticketStore>>

    const pwa = pwaHarness({
      area: "pwa-customer",
      port: pwaPort,
      backendUrl: () => String(api.defaults.baseURL),
      prepare: async () => {
        store = await ticketStore(getContainer())
        return store.publishableKey
      },
    })

    beforeEach(async () => {
      ;({ context, page } = await pwa.openPage({ viewport: { width: 1000, height: 900 } }))
    })

    describeInBrowser("PWA customer on /", () => {
      it("should let a customer register, browse, buy a ticket and show its verifiable QR under my tickets, also offline", async () => {
        const email = `ada-${Date.now()}@tessera.test`
        const pageErrors: string[] = []
        page.on("pageerror", (error) => pageErrors.push(error.message))

        // register
        await page.goto(`${pwa.url}/account/register`)
        await page.getByLabel("First name").fill("Ada")
        await page.getByLabel("Last name").fill("Lovelace")
        await page.getByLabel("Email").fill(email)
        await page.getByLabel("Password").fill("correct horse battery")
        await page.getByRole("button", { name: "Create account" }).click()
        await page.getByRole("button", { name: "Sign out" }).waitFor()

        // browse: search, category, then the event's page
        await page.getByRole("searchbox", { name: "Search" }).fill("summer")
        await page.getByRole("searchbox", { name: "Search" }).press("Enter")
        await page.waitForURL(/\?q=summer$/)
        await page.getByLabel("Category").selectOption("music")
        await page.waitForURL(/category=music/)
        const events = page.getByRole("list", { name: "Events" }).getByRole("listitem")
        await events.first().waitFor()
        expect(await events.count()).toBe(1)
        await page.screenshot({ path: join(pwa.artifacts, "1-events.png"), fullPage: true })
        await page.getByRole("link", { name: store.event.title }).click()
        await page.waitForURL(`${pwa.url}/events/${store.event.handle}`)
        const ticketType = page.getByRole("list", { name: "Ticket types" }).getByRole("listitem")
        await ticketType.getByText("General admission").waitFor()
        expect(await ticketType.getByText("100 left").count()).toBe(1)
        expect(await ticketType.getByText(/50\.00/).count()).toBe(1)

        // buy
        await page.getByLabel("Quantity").fill("1")
        await page.getByRole("button", { name: "Add General admission to cart" }).click()
        await page.getByText("added to your cart").waitFor()
        await page.screenshot({ path: join(pwa.artifacts, "2-event.png"), fullPage: true })
        await page.getByRole("link", { name: "Go to cart" }).click()
        expect(await page.getByLabel("Email for your tickets").inputValue()).toBe(email)
        await page.screenshot({ path: join(pwa.artifacts, "3-cart.png"), fullPage: true })
        await page.getByRole("button", { name: /^Pay/ }).click()
        await page.waitForURL(/\/tickets\?order=order_/)

        // my tickets, with a QR code that verifies
        const tickets = page.getByRole("list", { name: "My tickets" }).getByRole("listitem")
        await tickets.first().waitFor({ timeout: 30_000 })
        expect(await tickets.count()).toBe(1)
        await page.screenshot({ path: join(pwa.artifacts, "4-my-tickets.png"), fullPage: true })

        const orderId = new URL(page.url()).searchParams.get("order") as string
        const [order] = await getContainer().resolve("order").listOrders({ id: orderId })
        const owned = await getContainer().resolve<EventsService>("events").listTickets({ customer_id: order.customer_id })
        expect(owned).toHaveLength(1)
        expect(order.email).toBe(email)

        const keys = await getContainer().resolve<CredentialService>("credential").listPublicKeys()
        const qrText = await readQrCode(page)
        expect(qrText.startsWith("TS1:")).toBe(true)
        const verdict = await verifyCredential(qrText, { keys })
        expect(verdict).toMatchObject({ ok: true, claims: { kind: "ticket", id: owned[0].id, event_id: store.event.id } })
        expect(await page.getByText(`Code ${owned[0].code}`).count()).toBe(1)

        // write to my wristband (simulated NFC): the written record is the same credential
        await page.getByRole("button", { name: "Write to my wristband" }).click()
        await page.getByText("Written to your wristband.").waitFor()
        const [written] = await writtenTags(page)
        expect(written.read_only).toBe(false)
        expect(await verifyCredential(base64UrlToBytes(written.nfc), { keys })).toMatchObject({ ok: true, claims: { id: owned[0].id } })

        await page.emulateMedia({ colorScheme: "dark" })
        await page.screenshot({ path: join(pwa.artifacts, "5-my-tickets-dark.png"), fullPage: true })

        // at a gate with no network: the tickets saved on the device still show a QR code that verifies
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
        await context.setOffline(true)
        await page.reload()
        await page.getByText("Offline: these are your tickets as saved on this device").waitFor()
        expect(await verifyCredential(await readQrCode(page), { keys })).toMatchObject({ ok: true, claims: { id: owned[0].id } })
        await page.screenshot({ path: join(pwa.artifacts, "6-my-tickets-offline.png"), fullPage: true })
        await context.setOffline(false)
        expect(pageErrors).toEqual([])
      })

      it("should show readable errors: a wrong password, and a signed-out visit to my tickets", async () => {
        await page.goto(`${pwa.url}/tickets`)
        await page.getByText("to see your tickets").waitFor()
        expect(await page.getByRole("main").getByRole("link", { name: "Sign in", exact: true }).count()).toBe(2)

        await page.goto(`${pwa.url}/account/sign-in?next=/tickets`)
        await page.getByLabel("Email").fill("nobody@tessera.test")
        await page.getByLabel("Password").fill("wrong password")
        await page.getByRole("button", { name: "Sign in" }).click()
        expect(await page.getByRole("alert").textContent()).toContain("Wrong email or password.")
        expect(new URL(page.url()).pathname).toBe("/account/sign-in")
      })

      it("should say when nothing matches, and page through events by URL", async () => {
        await page.goto(`${pwa.url}/?q=no-such-event`)
        await page.getByText("No events match").waitFor()
        await page.goto(`${pwa.url}/?page=2`)
        await page.getByText("No events match").waitFor()
        await page.getByRole("link", { name: "Events", exact: true }).click()
        await page.getByRole("list", { name: "Events" }).waitFor()
        expect(new URL(page.url()).search).toBe("")
      })
    })
  },
})
