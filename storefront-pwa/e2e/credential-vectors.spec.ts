import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build } from "vite";
import type { CredentialVectorResult } from "@tessera/credentials/codec";
import { servePwa, type ServedPwa } from "../server/serve-pwa.mjs";
import { describeInBrowser, launchChromium } from "./chromium.js";

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "credential-vectors");

// The browser half of the codec's contract: the page is bundled by Vite (the PWA's bundler, browser export
// condition) and the shared vectors, which the Node suite runs too, must all pass inside Chromium.
describeInBrowser("credential codec in the browser", () => {
  let outDir: string;
  let server: ServedPwa;
  let browser: Browser;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "tessera-credential-vectors-"));
    await build({
      configFile: false,
      root: FIXTURE,
      logLevel: "warn",
      build: { outDir, emptyOutDir: true, target: "es2022" },
    });
    server = await servePwa({ distDir: outDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("should pass every credential test vector inside Chromium", async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => window.credentialVectorResults !== undefined);
    const results: CredentialVectorResult[] = await page.evaluate(() => window.credentialVectorResults ?? []);

    expect(pageErrors).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(await page.locator("#summary").textContent()).toBe(`${results.length}/${results.length} passed`);
  });
});

declare global {
  interface Window {
    credentialVectorResults?: Promise<CredentialVectorResult[]>;
  }
}
