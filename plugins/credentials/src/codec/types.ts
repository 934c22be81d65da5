import type { CredentialKind } from "./format";

export type { CredentialKind } from "./format";

/** The runtime's CryptoKey, named without the DOM lib, which the server build may not load. */
export type WebCryptoKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** What a credential asserts, as decoded: ids with prefixes, UID normalised, expiry as ISO-8601 UTC. */
export interface CredentialClaims {
  kind: CredentialKind;
  id: string;
  /** Bumped on reissue; a lower version than the current one is revoked. */
  version: number;
  event_id?: string;
  /** NFC UID, lowercase hex without separators. */
  serial_number?: string;
  /** Whole seconds; the credential is invalid from this instant on. */
  expires_at?: string;
}

/** Claims as given to the signer: UIDs in either spelling, expiry as Date or ISO string (sub-seconds are dropped). */
export interface CredentialClaimsInput extends Omit<CredentialClaims, "expires_at"> {
  expires_at?: Date | string;
}

export interface SigningKey {
  /** First 4 bytes of SHA-256(raw public key), as 8 lowercase hex characters. */
  kid: string;
  /** base64url of the 32-byte raw public key. */
  publicKey: string;
  /** base64url of the PKCS#8 private key; store it as a secret. */
  privateKey: string;
}

export interface CredentialSigner {
  kid: string;
  /** base64url PKCS#8, or an already imported Ed25519 CryptoKey. */
  privateKey: string | WebCryptoKey;
}

export type KeyStatus = "active" | "retired" | "revoked";

/** Shaped like the stored key rows, hence snake_case. */
export interface VerificationKey {
  kid: string;
  public_key: string;
  status: KeyStatus;
}

export type CurrentVersionLookup = (
  kind: CredentialKind,
  id: string,
) => number | undefined | Promise<number | undefined>;

export interface VerifyOptions {
  keys: readonly VerificationKey[];
  /** The version currently valid for a credential, or undefined when unknown (not revoked by version). */
  currentVersion?: CurrentVersionLookup;
  /** Date or epoch milliseconds; defaults to the current time. */
  now?: Date | number;
}

export type RejectionReason = "malformed" | "unknown_key" | "key_revoked" | "forged" | "revoked" | "expired";

export type CredentialVerdict =
  | { ok: true; claims: CredentialClaims; kid: string }
  | {
      ok: false;
      reason: RejectionReason;
      /** Present whenever the credential could be parsed. */
      kid?: string;
      /** Present only when the signature verified (revoked, expired): unauthenticated claims are never handed out. */
      claims?: CredentialClaims;
    };
