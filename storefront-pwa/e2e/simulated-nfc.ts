import type { BrowserContext, Page } from "playwright-core";
import {
  SIMULATED_TAP_EVENT,
  type SimulatedNfcSettings,
  type SimulatedTapDetail,
  type SimulatedWrite,
} from "../src/core/nfc/simulated-nfc-protocol.js";

/** Installs the PWA's simulated NFC reader/writer in every page of `context` (before the app's scripts run). */
export async function installSimulatedNfc(context: BrowserContext, settings: SimulatedNfcSettings = {}): Promise<void> {
  await context.addInitScript((installed) => {
    window.tesseraSimulatedNfc = installed;
  }, settings);
}

/** Taps a tag on the simulated reader: `nfc` (base64url credential), `qr` (TS1: text) and/or `serial_number`. */
export async function tapTag(page: Page, detail: SimulatedTapDetail): Promise<void> {
  await page.evaluate(
    ([type, tap]) => void window.dispatchEvent(new CustomEvent(type, { detail: tap })),
    [SIMULATED_TAP_EVENT, detail] as const,
  );
}

/** What the simulated writer has written so far. */
export function writtenTags(page: Page): Promise<SimulatedWrite[]> {
  return page.evaluate(() => window.tesseraSimulatedNfc?.written ?? []);
}
