import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { servePwa, type ServedPwa } from "../server/serve-pwa.mjs";
import { ensurePwaBuild } from "./build-pwa.js";
import { describeInBrowser, launchChromium } from "./chromium.js";

// The update prompt: the first install must not reload the page (clients.claim() fires `controlling` too); a new
// service worker waits until the user picks "Reload" in the toast, and then the page reloads once.
describeInBrowser("service worker update prompt", () => {
  let distDir: string;
  let server: ServedPwa;
  let browser: Browser;

  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), "tessera-pwa-update-"));
    await cp(await ensurePwaBuild(), distDir, { recursive: true });
    // No backend is needed here: product loading fails, the shell and its service worker do not.
    server = await servePwa({ distDir, config: { backend_url: "http://127.0.0.1:9", publishable_key: "pk_unused" } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (distDir) await rm(distDir, { recursive: true, force: true });
  });

  it("should offer a new version and reload only when the user accepts it", async () => {
    const page = await browser.newPage();
    let loads = 0;
    page.on("load", () => loads++);

    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForTimeout(1000);
    expect(loads).toBe(1);

    await appendFile(join(distDir, "sw.js"), "\n// a new release\n");
    await page.reload();
    const reload = page.getByRole("button", { name: "Reload" });
    await reload.waitFor();
    expect(await page.getByText("New version available").isVisible()).toBe(true);
    expect(loads).toBe(2);

    await Promise.all([page.waitForEvent("load"), reload.click()]);
    expect(loads).toBe(3);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await reload.isVisible()).toBe(false);
  });
});
