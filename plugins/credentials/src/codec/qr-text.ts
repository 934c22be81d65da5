import { decodeBase45, encodeBase45 } from "./base45";
import { MalformedCredentialError } from "./errors";
import { QR_TEXT_PREFIX } from "./format";

/** Text for a QR code; all of it fits QR alphanumeric mode. */
export function toQrText(credential: Uint8Array): string {
  return QR_TEXT_PREFIX + encodeBase45(credential);
}

/** Accepts exactly what toQrText produces: no trimming, no lowercase — scanners return it verbatim. */
export function fromQrText(text: string): Uint8Array<ArrayBuffer> {
  if (typeof text !== "string" || !text.startsWith(QR_TEXT_PREFIX)) {
    throw new MalformedCredentialError(`QR text must start with "${QR_TEXT_PREFIX}"`);
  }
  try {
    return decodeBase45(text.slice(QR_TEXT_PREFIX.length));
  } catch (error) {
    throw new MalformedCredentialError((error as Error).message);
  }
}
