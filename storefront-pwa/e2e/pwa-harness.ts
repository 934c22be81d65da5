import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { servePwa, type ServedPwa } from "../server/serve-pwa.mjs";
import { ensurePwaBuild, PWA_DIR } from "./build-pwa";
import { launchChromium } from "./chromium";
import { installSimulatedNfc } from "./simulated-nfc";

type PwaHarnessOptions = {
  /** Names the screenshot folder, test-results/<area>/ (git-ignored). */
  area: string;
  /** The port reservePwaOrigin() set PWA_CORS for. */
  port: () => number;
  /** The backend the served PWA talks to. */
  backendUrl: () => string;
  /** Sets up what a test needs before the PWA is served; returns the publishable key the PWA sends. */
  prepare: () => Promise<string>;
};

type PageOptions = {
  viewport: { width: number; height: number };
  /** Installs the simulated NFC reader and writer; on unless told otherwise. */
  nfc?: boolean;
  /** Runs on the fresh context before its page opens (init scripts, storage). */
  beforePage?: (context: BrowserContext) => Promise<void>;
};

/**
 * The browser side of a PWA spec, to call inside `medusaIntegrationTestRunner`'s testSuite: it builds the PWA and
 * launches Chromium once, serves the PWA afresh for every test and closes every context a test opened.
 * The backend's CORS must already list the PWA's origin: see reservePwaOrigin().
 */
export function pwaHarness({ area, port, backendUrl, prepare }: PwaHarnessOptions) {
  const artifacts = join(PWA_DIR, "test-results", area);
  let distDir: string;
  let browser: Browser | undefined;
  let served: ServedPwa | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    distDir = await ensurePwaBuild();
    await mkdir(artifacts, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    const publishableKey = await prepare();
    served = await servePwa({ port: port(), distDir, config: { backend_url: backendUrl(), publishable_key: publishableKey } });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await served?.close();
  });

  return {
    /** Where screenshots go. */
    artifacts,
    /** The served PWA's origin, for this test. */
    get url(): string {
      if (!served) throw new Error("pwaHarness: the PWA is served in beforeEach; read its url in a test");
      return served.url;
    },
    /** A browser context of its own (its own storage) with one page; page errors are collected, not thrown. */
    async openPage({ viewport, nfc = true, beforePage }: PageOptions): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
      if (!browser) throw new Error("pwaHarness: Chromium is launched in beforeAll");
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      if (nfc) await installSimulatedNfc(context);
      await beforePage?.(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      return { context, page, errors };
    },
  };
}
