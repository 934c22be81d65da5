import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { BrowserContext, Page } from "playwright-core"
import { servePwa, type ServedPwa } from "../../../storefront-pwa/server/serve-pwa.mjs"
import { ensurePwaBuild } from "../../../storefront-pwa/e2e/build-pwa"
import { describeInBrowser, launchPersistentChromium } from "../../../storefront-pwa/e2e/chromium"
import { freePort } from "../../../storefront-pwa/e2e/free-port"
import { getInstallabilityErrors } from "../../../storefront-pwa/e2e/installability"
import { ticketStore } from "../utils/ticket-fixtures"

const EVENT_TITLE = "Tessera Summer Night"

// The PWA is served from its own origin, which the backend must allow: PWA_CORS feeds storeCors/authCors in
// medusa-config.ts. It is set in a file-level hook, which runs before the runner boots the app; the runner's
// `env` option would be applied only after medusa-config.ts is loaded.
let pwaPort: number
let pwaOrigin: string
const previousPwaCors = process.env.PWA_CORS
beforeAll(async () => {
  pwaPort = await freePort()
  pwaOrigin = `http://127.0.0.1:${pwaPort}`
  process.env.PWA_CORS = pwaOrigin
})
afterAll(() => {
  if (previousPwaCors === undefined) delete process.env.PWA_CORS
  else process.env.PWA_CORS = previousPwaCors
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let distDir: string
    let pwa: ServedPwa
    let userDataDir: string
    let context: BrowserContext
    let page: Page

    beforeAll(async () => {
      distDir = await ensurePwaBuild()
    })

    beforeEach(async () => {
      const store = await ticketStore(getContainer())
      pwa = await servePwa({
        port: pwaPort,
        distDir,
        config: { backend_url: String(api.defaults.baseURL), publishable_key: store.publishableKey },
      })
      userDataDir = await mkdtemp(join(tmpdir(), "tessera-pwa-profile-"))
      context = await launchPersistentChromium(userDataDir)
      page = context.pages()[0] ?? (await context.newPage())
    })

    afterEach(async () => {
      await context?.close()
      await pwa?.close()
      if (userDataDir) await rm(userDataDir, { recursive: true, force: true })
    })

    describeInBrowser("PWA shell on /", () => {
      it("should list the store's events, each linking to its page", async () => {
        await page.goto(pwa.url)
        await page.getByText(EVENT_TITLE).waitFor()
        expect(await page.getByRole("list", { name: "Events" }).getByRole("listitem").count()).toBe(1)
        expect(await page.getByRole("link", { name: EVENT_TITLE }).getAttribute("href")).toMatch(/^\/events\/summer-night-/)
      })

      it("should be installable (Page.getInstallabilityErrors is empty)", async () => {
        await page.goto(pwa.url)
        await page.getByText(EVENT_TITLE).waitFor()
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
        expect(await getInstallabilityErrors(page)).toEqual([])
      })

      it("should start offline after one online visit and show the offline indicator", async () => {
        await page.goto(pwa.url)
        await page.getByText(EVENT_TITLE).waitFor()
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
        expect(await page.getByRole("status").filter({ hasText: "Online" }).count()).toBe(1)

        await context.setOffline(true)
        await page.reload()
        await page.getByText("Offline", { exact: true }).waitFor()
        expect(await page.getByRole("link", { name: "Tessera home" }).isVisible()).toBe(true)
        expect(await page.getByRole("heading", { name: "Events and tickets" }).isVisible()).toBe(true)
        expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
      })
    })
  },
})
