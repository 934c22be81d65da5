/// <reference path="./web-nfc.d.ts" />
import { fitsNtag213, fromNdefRecord, normaliseSerialNumber, toNdefRecordInit } from "@tessera/credentials/codec";
import { ReaderError, toReaderError } from "./reader-error.js";
import type { CredentialReader, CredentialWriter, ReadListener, WriteOptions, WriteResult } from "./types.js";

export function hasWebNfc(): boolean {
  return typeof window !== "undefined" && typeof window.NDEFReader === "function";
}

function serialOf(event: NDEFReadingEvent): string | undefined {
  try {
    return event.serialNumber ? normaliseSerialNumber(event.serialNumber) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Web NFC's NDEFReader (Chrome on Android). The first `start` must follow a user gesture: it asks permission.
 * A tag without our record still reports its UID (a blank wristband being assigned, say).
 */
export class NativeNfcReader implements CredentialReader {
  readonly source = "nfc";
  private abort?: AbortController;

  async start(onRead: ReadListener): Promise<void> {
    if (!hasWebNfc()) throw new ReaderError("unsupported");
    this.stop();
    const abort = new AbortController();
    this.abort = abort;
    const reader = new NDEFReader();
    reader.addEventListener(
      "reading",
      (event) => {
        const credential = event.message.records.map(fromNdefRecord).find((bytes) => bytes !== undefined);
        const serial_number = serialOf(event);
        if (credential || serial_number) onRead({ source: "nfc", credential, serial_number, at: performance.now() });
      },
      { signal: abort.signal },
    );
    try {
      await reader.scan({ signal: abort.signal });
    } catch (error) {
      throw toReaderError(error);
    }
  }

  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}

/** Writes the credential record with NDEFReader.write, then locks the tag with makeReadOnly where Chrome has it. */
export class NativeNfcWriter implements CredentialWriter {
  async write(credential: Uint8Array, { makeReadOnly = false, signal }: WriteOptions = {}): Promise<WriteResult> {
    if (!hasWebNfc()) throw new ReaderError("unsupported");
    if (!fitsNtag213(credential)) throw new ReaderError("failed", "This credential is too large for a wristband tag.");
    const writer = new NDEFReader();
    try {
      await writer.write({ records: [toNdefRecordInit(credential)] }, { overwrite: true, signal });
      if (!makeReadOnly || typeof writer.makeReadOnly !== "function") return { readOnly: false };
      await writer.makeReadOnly({ signal });
      return { readOnly: true };
    } catch (error) {
      throw toReaderError(error);
    }
  }
}
