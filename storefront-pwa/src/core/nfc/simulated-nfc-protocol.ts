import type { ReaderFailure } from "./reader-error.js";

/**
 * The simulated NFC reader's protocol, for development and browser tests (no DOM or Vite types here: the Node
 * side of Playwright tests imports it too). Install the simulation before the app loads by defining
 * `window.tesseraSimulatedNfc` (Playwright: `context.addInitScript`, see e2e/simulated-nfc.ts; with `vite` dev:
 * open the app with `?nfc=simulated`). While installed it replaces Web NFC for reading and writing.
 *
 * Tap a tag: `window.dispatchEvent(new CustomEvent("tessera-nfc-tap", { detail }))` with detail
 * `{ nfc?: base64url credential bytes (the API's credential.nfc), qr?: "TS1:…" text, serial_number?: "04:a2:…" }`.
 * Writes are recorded in `window.tesseraSimulatedNfc.written` and announced as "tessera-nfc-written" events
 * with detail `{ nfc, read_only }`.
 */
export const SIMULATED_TAP_EVENT = "tessera-nfc-tap";
export const SIMULATED_WRITE_EVENT = "tessera-nfc-written";

export interface SimulatedTapDetail {
  nfc?: string;
  qr?: string;
  serial_number?: string;
}

export interface SimulatedWrite {
  nfc: string;
  read_only: boolean;
}

export interface SimulatedNfcSettings {
  /** Makes the simulated hardware fail the way real NFC does; omitted, it works. */
  failure?: ReaderFailure;
  /** Filled by the simulated writer. */
  written?: SimulatedWrite[];
}

declare global {
  interface Window {
    tesseraSimulatedNfc?: SimulatedNfcSettings;
  }
}
