import { bytesToHex, NDEF_RECORD_TYPE } from "@tessera/credentials/codec";
import { NativeNfcReader, NativeNfcWriter } from "./native-nfc.js";
import { testCredential } from "./nfc-test-credential.js";
import { ReaderError } from "./reader-error.js";
import type { CredentialRead } from "./types.js";

/** A stand-in for Chrome's NDEFReader: `scan` settles as told, `emit` fires a reading, writes are recorded. */
class FakeNdefReader extends EventTarget {
  static instances: FakeNdefReader[] = [];
  static scanFails?: string;
  static writes: { message: unknown; options: unknown }[] = [];
  static lockedTags = 0;

  constructor() {
    super();
    FakeNdefReader.instances.push(this);
  }

  async scan(): Promise<void> {
    if (FakeNdefReader.scanFails) throw new DOMException("refused", FakeNdefReader.scanFails);
  }

  async write(message: unknown, options: unknown): Promise<void> {
    FakeNdefReader.writes.push({ message, options });
  }

  async makeReadOnly(): Promise<void> {
    FakeNdefReader.lockedTags++;
  }

  emit(serialNumber: string, records: { recordType: string; data: DataView }[]): void {
    this.dispatchEvent(Object.assign(new Event("reading"), { serialNumber, message: { records } }));
  }
}

const view = (bytes: Uint8Array): DataView => {
  // a record's DataView usually points into a larger buffer: copy with an offset to prove it is honoured
  const buffer = new Uint8Array(bytes.length + 3);
  buffer.set(bytes, 3);
  return new DataView(buffer.buffer, 3, bytes.length);
};

describe("NativeNfcReader / NativeNfcWriter (Web NFC)", () => {
  beforeEach(() => {
    FakeNdefReader.instances = [];
    FakeNdefReader.scanFails = undefined;
    FakeNdefReader.writes = [];
    FakeNdefReader.lockedTags = 0;
    vi.stubGlobal("window", globalThis);
    vi.stubGlobal("NDEFReader", FakeNdefReader);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("should decode our record through the codec and normalise the tag's UID", async () => {
    const credential = await testCredential();
    const reads: CredentialRead[] = [];
    const reader = new NativeNfcReader();
    await reader.start((read) => reads.push(read));
    const [tag] = FakeNdefReader.instances;
    tag.emit("04:A2:B3:C4:D5:E6:80", [
      { recordType: "text", data: view(new TextEncoder().encode("hello")) },
      { recordType: NDEF_RECORD_TYPE, data: view(credential) },
    ]);
    tag.emit("04:a2:b3:c4", [{ recordType: "url", data: view(new TextEncoder().encode("https://x")) }]);
    reader.stop();
    tag.emit("04:a2:b3:c5", [{ recordType: NDEF_RECORD_TYPE, data: view(credential) }]);

    expect(reads.map((read) => [read.source, read.credential && bytesToHex(read.credential), read.serial_number])).toEqual([
      ["nfc", bytesToHex(credential), "04a2b3c4d5e680"],
      ["nfc", undefined, "04a2b3c4"],
    ]);
  });

  it.each([
    ["NotAllowedError", "not-permitted"],
    ["NotReadableError", "off"],
    ["NotSupportedError", "unsupported"],
  ])("should report %s from scan() as %s", async (name, status) => {
    FakeNdefReader.scanFails = name;
    const error = await new NativeNfcReader().start(() => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderError);
    expect((error as ReaderError).status).toBe(status);
  });

  it("should report unsupported where the browser has no NDEFReader", async () => {
    vi.stubGlobal("NDEFReader", undefined);
    const error = await new NativeNfcReader().start(() => {}).catch((e: unknown) => e);
    expect((error as ReaderError).status).toBe("unsupported");
    const writeError = await new NativeNfcWriter().write(Uint8Array.of(1)).catch((e: unknown) => e);
    expect((writeError as ReaderError).status).toBe("unsupported");
  });

  it("should write one tessera.app:cred record, overwriting, and lock the tag only when asked", async () => {
    const credential = await testCredential();
    expect(await new NativeNfcWriter().write(credential)).toEqual({ readOnly: false });
    expect(await new NativeNfcWriter().write(credential, { makeReadOnly: true })).toEqual({ readOnly: true });
    expect(FakeNdefReader.writes).toHaveLength(2);
    expect(FakeNdefReader.writes[0]).toMatchObject({
      message: { records: [{ recordType: NDEF_RECORD_TYPE, data: credential }] },
      options: { overwrite: true },
    });
    expect(FakeNdefReader.lockedTags).toBe(1);
  });

  it("should refuse a credential too large for an NTAG213 before touching the tag", async () => {
    const error = await new NativeNfcWriter().write(new Uint8Array(200)).catch((e: unknown) => e);
    expect((error as ReaderError).status).toBe("failed");
    expect(FakeNdefReader.writes).toHaveLength(0);
  });
});
