import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from "playwright-core";

/** Debian's chromium package; playwright-core never downloads a browser here (`npx playwright install` fails). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Browser suites run where Debian's chromium is installed (CI installs it) and skip, saying why,
 * on a machine without it, the way Redis suites skip without Redis.
 */
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM_PATH);
if (!CHROMIUM_AVAILABLE) {
  console.warn(`[tests] ${CHROMIUM_PATH} is missing (apt-get install -y chromium): skipping browser tests`);
}
export const describeInBrowser = CHROMIUM_AVAILABLE ? describe : describe.skip;

const LAUNCH_OPTIONS: LaunchOptions = { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS };

/** A headless Chromium whose contexts are incognito-like (no service-worker/installability state kept). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(LAUNCH_OPTIONS);
}

/**
 * A headless Chromium with a real profile in `userDataDir`: needed for `Page.getInstallabilityErrors` (an
 * incognito context always reports `in-incognito`). Close the returned context to stop the browser.
 */
export function launchPersistentChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, LAUNCH_OPTIONS);
}
