import { base64UrlToBytes, bytesToBase64Url } from "@tessera/credentials/codec";
import { parseCode } from "./credential-text.js";
import { ReaderError } from "./reader-error.js";
import {
  SIMULATED_TAP_EVENT,
  SIMULATED_WRITE_EVENT,
  type SimulatedNfcSettings,
  type SimulatedTapDetail,
  type SimulatedWrite,
} from "./simulated-nfc-protocol.js";
import type { CredentialRead, CredentialReader, CredentialWriter, ReadListener, WriteOptions, WriteResult } from "./types.js";

declare global {
  interface WindowEventMap {
    [SIMULATED_TAP_EVENT]: CustomEvent<SimulatedTapDetail>;
    [SIMULATED_WRITE_EVENT]: CustomEvent<SimulatedWrite>;
  }
}

/** The installed simulation (see simulated-nfc-protocol.ts), or undefined. */
export function simulatedNfcSettings(): SimulatedNfcSettings | undefined {
  if (import.meta.env.DEV && new URLSearchParams(window.location.search).get("nfc") === "simulated") {
    window.tesseraSimulatedNfc ??= {};
  }
  return window.tesseraSimulatedNfc;
}

function failIfConfigured(settings: SimulatedNfcSettings): void {
  if (settings.failure) throw new ReaderError(settings.failure);
}

/** The credential bytes and UID a tap carries; a tap with nothing usable (or malformed) is ignored, as a blank tag would be. */
export function tapToRead(detail: SimulatedTapDetail | null | undefined): Pick<CredentialRead, "credential" | "serial_number"> | undefined {
  try {
    const serial_number = detail?.serial_number ? parseSerial(detail.serial_number) : undefined;
    const credential = detail?.nfc ? base64UrlToBytes(detail.nfc) : detail?.qr ? credentialOf(detail.qr) : undefined;
    return credential || serial_number ? { credential, serial_number } : undefined;
  } catch {
    return undefined;
  }
}

function parseSerial(serial: string): string | undefined {
  const parsed = parseCode(serial);
  return "serial_number" in parsed ? parsed.serial_number : undefined;
}

function credentialOf(qr: string): Uint8Array | undefined {
  const parsed = parseCode(qr);
  return "credential" in parsed ? parsed.credential : undefined;
}

export class SimulatedNfcReader implements CredentialReader {
  readonly source = "simulated";
  private abort?: AbortController;

  constructor(private readonly settings: SimulatedNfcSettings) {}

  async start(onRead: ReadListener): Promise<void> {
    failIfConfigured(this.settings);
    this.stop();
    this.abort = new AbortController();
    window.addEventListener(
      SIMULATED_TAP_EVENT,
      (event) => {
        const read = tapToRead(event.detail);
        if (read) onRead({ source: "simulated", ...read, at: performance.now() });
      },
      { signal: this.abort.signal },
    );
  }

  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}

export class SimulatedNfcWriter implements CredentialWriter {
  constructor(private readonly settings: SimulatedNfcSettings) {}

  async write(credential: Uint8Array, { makeReadOnly = false, signal }: WriteOptions = {}): Promise<WriteResult> {
    failIfConfigured(this.settings);
    signal?.throwIfAborted();
    const written: SimulatedWrite = { nfc: bytesToBase64Url(credential), read_only: makeReadOnly };
    (this.settings.written ??= []).push(written);
    window.dispatchEvent(new CustomEvent(SIMULATED_WRITE_EVENT, { detail: written }));
    return { readOnly: makeReadOnly };
  }
}
