import { base64UrlToBytes, fromQrText, normaliseSerialNumber, QR_TEXT_PREFIX } from "@tessera/credentials/codec";

/** What a typed, pasted or wedge-typed code holds: the signed credential, or only a tag's UID. */
export type ParsedCode = { credential: Uint8Array } | { serial_number: string };

const UID = /^(?:[0-9a-f]{2}:?){4,10}$/i;
const BASE64URL = /^[A-Za-z0-9_-]{100,}$/;

export class CodeFormatError extends Error {
  override name = "CodeFormatError";
}

/**
 * Reads the forms a code arrives in: QR text (`TS1:`…; a scanner typing with Caps Lock on sends it lowercased,
 * and base45 is uppercase-only, so uppercasing recovers it), a tag UID as hex (4–10 bytes, bare or with colons:
 * what USB NFC readers type), or the credential's base64url (the API's `nfc` field, for support staff).
 * Only the form is checked here; the signature is checked by whoever adjudicates.
 */
export function parseCode(input: string): ParsedCode {
  const text = input.trim();
  if (text.toUpperCase().startsWith(QR_TEXT_PREFIX)) {
    try {
      return { credential: fromQrText(text.toUpperCase()) };
    } catch {
      throw new CodeFormatError("This QR code is damaged or incomplete.");
    }
  }
  if (UID.test(text)) return { serial_number: normaliseSerialNumber(text.replaceAll(":", "")) };
  if (BASE64URL.test(text)) return { credential: base64UrlToBytes(text) };
  throw new CodeFormatError("This is not a Tessera code: it should start with TS1: or be a wristband number.");
}
