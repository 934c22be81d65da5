/**
 * NFC UIDs arrive as "04:a2:1b:…" from Web NFC and as bare hex from admin tools; both
 * are accepted, and decoding always yields lowercase hex without separators so the
 * value can be compared with a stored one as a plain string.
 */
import { bytesToHex, hexToBytes } from "./bytes";
import { CredentialEncodingError } from "./errors";
import { MAX_SERIAL_BYTES } from "./format";

const COLON_FORM = /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2})*$/;
const BARE_FORM = /^([0-9a-fA-F]{2})+$/;

export function serialNumberToBytes(serial: string): Uint8Array<ArrayBuffer> {
  if (typeof serial !== "string" || !(COLON_FORM.test(serial) || BARE_FORM.test(serial))) {
    throw new CredentialEncodingError("serial_number", `"${String(serial)}" must be hex bytes, bare or colon-separated`);
  }
  const bytes = hexToBytes(serial.replaceAll(":", ""));
  if (bytes.length > MAX_SERIAL_BYTES) {
    throw new CredentialEncodingError("serial_number", `"${serial}" is ${bytes.length} bytes, at most ${MAX_SERIAL_BYTES} fit`);
  }
  return bytes;
}

/** The spelling decoding produces; use it when storing a UID that will be compared later. */
export function normaliseSerialNumber(serial: string): string {
  return bytesToHex(serialNumberToBytes(serial));
}
