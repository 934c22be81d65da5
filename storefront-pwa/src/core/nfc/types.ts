/** Where a credential came from; an usher's log and a result screen say it. */
export type ReadSource = "nfc" | "wedge" | "camera" | "manual" | "simulated";

/**
 * One read. `credential` is the signed bytes when the medium carried them (an NFC record, a QR code, a pasted
 * code); a keyboard-wedge NFC reader often types only the tag's UID, so `serial_number` may come alone.
 */
export interface CredentialRead {
  readonly source: ReadSource;
  readonly credential?: Uint8Array;
  /** NFC UID, lowercase hex without separators. */
  readonly serial_number?: string;
  /** performance.now() when it was read. */
  readonly at: number;
}

/**
 * What a reader or writer can do right now, in words a person acts on: `unsupported` (this device/browser has no
 * such reader), `off` (the hardware exists but is switched off), `not-permitted` (the user or a policy refused).
 */
export type ReaderStatus = "idle" | "starting" | "listening" | "unsupported" | "off" | "not-permitted" | "failed";

export type ReadListener = (read: CredentialRead) => void;

/** A source of credential reads (NFC, wedge, camera, manual entry, simulation). */
export interface CredentialReader {
  readonly source: ReadSource;
  /** Starts listening; rejects with a ReaderError when the reader cannot run. */
  start(onRead: ReadListener): Promise<void>;
  stop(): void;
}

export interface WriteOptions {
  /** Lock the tag after writing (NTAG213 lock bits: permanent), where the platform can. */
  readonly makeReadOnly?: boolean;
  readonly signal?: AbortSignal;
}

export interface WriteResult {
  /** Whether the tag was locked; false when asked but the platform cannot (older Chrome). */
  readonly readOnly: boolean;
}

/** Writes a credential as our one NDEF record (`tessera.app:cred`) onto the next tag tapped. */
export interface CredentialWriter {
  write(credential: Uint8Array, options?: WriteOptions): Promise<WriteResult>;
}
