import { base64UrlToBytes, decodeUnverified, type CredentialKind } from "@tessera/credentials/codec";

/**
 * Whether a read is a ticket or a wristband (card), unverified: only to word a verdict, never to judge one.
 * Takes the bytes read, or the base64url a scan request carries; undefined when it does not parse.
 */
export function credentialKind(credential: Uint8Array | string | undefined): CredentialKind | undefined {
  if (!credential) return undefined;
  try {
    return decodeUnverified(typeof credential === "string" ? base64UrlToBytes(credential) : credential).claims.kind;
  } catch {
    return undefined;
  }
}
