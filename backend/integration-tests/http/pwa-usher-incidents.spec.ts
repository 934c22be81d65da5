import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Page } from "playwright-core"
import { describeInBrowser } from "../../../storefront-pwa/e2e/chromium"
import { pwaHarness } from "../../../storefront-pwa/e2e/pwa-harness"
import { reservePwaOrigin } from "../../../storefront-pwa/e2e/pwa-origin"
import { type Api, type CheckinService, gateEvent } from "../utils/checkin-fixtures"
import { adminHeaders } from "../utils/fixtures"
import { eventually } from "../utils/eventually"
import { removeIncidentPhotos, reserveBackendPort, solidPng } from "../utils/photo-fixtures"

const PASSWORD = "gate-pass-123"

// Both origins must be known before the app boots: the PWA's for CORS, the backend's for the photo URLs.
const pwaPort = reservePwaOrigin()
const backendPort = reserveBackendPort()

/** Width and height from a JPEG's start-of-frame segment. */
function jpegSize(jpeg: Buffer): { width: number; height: number } | undefined {
  if (jpeg.readUInt16BE(0) !== 0xffd8) return undefined
  for (let at = 2; at + 9 < jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    const marker = jpeg.readUInt16BE(at)
    if (marker >= 0xffc0 && marker <= 0xffc3) return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) }
  }
  return undefined
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const client = api as Api
    let container: MedusaContainer
    let setup: Awaited<ReturnType<typeof gateEvent>>
    const events: string[] = []

    afterAll(() => removeIncidentPhotos(events))

    const pwa = pwaHarness({
      area: "pwa-usher-incidents",
      port: pwaPort,
      backendUrl: () => String(api.defaults.baseURL),
      prepare: async () => {
        container = getContainer()
        setup = await gateEvent(container, { tickets: 1 })
        events.push(setup.main.id)
        const admin = await adminHeaders(container)
        const { data } = await client.post("/admin/ushers", { name: "Ines", email: "ines@gate.test", password: PASSWORD }, admin)
        await client.post(`/admin/events/${setup.main.id}/checkin/assignments`, { usher_id: data.usher.id, gate_ids: [setup.gates.north.id] }, admin)
        return setup.store.publishableKey
      },
    })

    const incidents = () => container.resolve<CheckinService>("checkin").listIncidents({ event_id: setup.main.id }, { order: { created_at: "ASC" } })

    /** Signed in, standing at gate North, on the incident form. */
    async function incidentForm(): Promise<{ page: Page; setOffline: (offline: boolean) => Promise<void>; errors: string[] }> {
      const { context, page, errors } = await pwa.openPage({ viewport: { width: 480, height: 1000 }, nfc: false })
      await page.goto(`${pwa.url}/usher`)
      await page.getByLabel("Email").fill("ines@gate.test")
      await page.getByLabel("Password").fill(PASSWORD)
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.getByRole("heading", { name: "Your post" }).waitFor()
      await page.getByLabel("Gate", { exact: true }).selectOption({ label: "North (Gate Night)" })
      await page.getByRole("button", { name: "Start scanning" }).click()
      await page.waitForURL(`${pwa.url}/usher/scan`)
      await page.getByRole("link", { name: "Report an incident" }).click()
      await page.getByRole("heading", { name: "Report an incident" }).waitFor()
      return { page, setOffline: (offline) => context.setOffline(offline), errors }
    }

    describeInBrowser("the usher's incident form", () => {
      it("should attach a camera photo, preview it, upload it and store the incident with the photo's URL", async () => {
        const { page, errors } = await incidentForm()
        const photo = solidPng(64, 48)

        // a file that is no photo is refused on the device, before any upload
        await page.getByLabel("Photo (optional)").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") })
        await page.getByText("The photo must be a JPEG, PNG or WebP image.").waitFor()

        await page.getByLabel("Photo (optional)").setInputFiles({ name: "gate.png", mimeType: "image/png", buffer: photo })
        const preview = page.getByAltText("Photo to attach")
        await preview.waitFor()
        expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64)
        await page.getByLabel("What happened").selectOption({ label: "Medical" })
        await page.getByLabel("Details").fill("Fainted in the queue; first aid called")
        await page.getByLabel("Ticket id (optional)").fill(setup.tickets.ga[0].id)
        await page.screenshot({ path: join(pwa.artifacts, "1-photo-attached.png"), fullPage: true })
        await page.getByRole("button", { name: "Report" }).click()
        await page.getByRole("status").filter({ hasText: "Incident reported." }).waitFor()
        await page.screenshot({ path: join(pwa.artifacts, "2-reported.png"), fullPage: true })
        expect(await page.getByAltText("Photo to attach").count()).toBe(0)

        const [stored] = await incidents()
        expect(stored).toMatchObject({ type: "medical", ticket_id: setup.tickets.ga[0].id })
        expect(stored.photo_url).toMatch(new RegExp(`^http://localhost:${backendPort()}/static/incidents/${setup.main.id}/[^/]+\\.png$`))
        const served = await fetch(stored.photo_url as string)
        expect(Buffer.from(await served.arrayBuffer()).equals(photo)).toBe(true)

        // a camera-sized photo is scaled down on the device and sent as JPEG
        await page.getByLabel("Photo (optional)").setInputFiles({ name: "camera.png", mimeType: "image/png", buffer: solidPng(3200, 2400) })
        await page.getByAltText("Photo to attach").waitFor()
        await page.getByLabel("What happened").selectOption({ label: "Security" })
        await page.getByLabel("Details").fill("Bag left at the barrier")
        await page.getByRole("button", { name: "Report" }).click()
        const [, large] = await eventually(incidents, (list) => list.length === 2, 30_000)
        expect(large.photo_url).toMatch(/\.jpg$/)
        const jpeg = Buffer.from(await (await fetch(large.photo_url as string)).arrayBuffer())
        expect(jpegSize(jpeg)).toEqual({ width: 1600, height: 1200 })
        expect(errors).toEqual([])
      })

      it("should say a photo needs the network while offline, and report without one once back", async () => {
        const { page, setOffline, errors } = await incidentForm()
        await setOffline(true)
        await page.getByText("Photos need a connection.").waitFor()
        expect(await page.getByLabel("Photo (optional)").isDisabled()).toBe(true)

        await setOffline(false)
        await page.getByText("Photos need a connection.").waitFor({ state: "detached" })
        expect(await page.getByLabel("Photo (optional)").isEnabled()).toBe(true)
        await page.getByLabel("What happened").selectOption({ label: "Lost item" })
        await page.getByLabel("Details").fill("Blue scarf at the north gate")
        await page.getByRole("button", { name: "Report" }).click()
        await page.getByRole("status").filter({ hasText: "Incident reported." }).waitFor()
        expect(await incidents()).toEqual([expect.objectContaining({ type: "lost_item", photo_url: null })])
        expect(errors).toEqual([])
      })
    })
  },
})
