import { parseCredential } from "./body";
import { MalformedCredentialError } from "./errors";
import { fromQrText } from "./qr-text";
import type { CredentialClaims } from "./types";

/** Claims WITHOUT checking the signature — for display and debugging, never for admission. */
export function decodeUnverified(credential: Uint8Array | string): { kid: string; claims: CredentialClaims } {
  const { kid, claims } = parseCredential(toCredentialBytes(credential));
  return { kid, claims };
}

/** Realm-safe check: a Uint8Array from another frame or a Node Buffer is still accepted. */
export function toCredentialBytes(input: unknown): Uint8Array {
  if (typeof input === "string") return fromQrText(input);
  if (input instanceof Uint8Array || Object.prototype.toString.call(input) === "[object Uint8Array]") {
    return input as Uint8Array;
  }
  throw new MalformedCredentialError("credential must be bytes or QR text");
}
