import type { Browser, Page } from "playwright-core"
import type { DemoLogin } from "./demo-api"

/**
 * A page signed in to Medusa's admin as the demo admin. en-US and a fixed viewport, so money and
 * dates read the same on every machine and screenshots are comparable.
 */
export async function adminPage(browser: Browser, backendUrl: string, admin: DemoLogin): Promise<Page> {
  const page = await browser.newPage({ locale: "en-US", viewport: { width: 1440, height: 1200 } })
  await page.goto(`${backendUrl}/app/login`)
  await page.fill('input[name="email"]', admin.email)
  await page.fill('input[name="password"]', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes("login"), { timeout: 60_000 })
  return page
}
