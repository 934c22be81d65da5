/**
 * Ed25519 key handling on WebCrypto alone, so Node and the browser share it. Imports are
 * cached because a gate verifies many credentials against the same few keys.
 */
import { base64UrlToBytes, bytesToBase64Url, bytesToHex } from "./bytes";
import { CredentialEncodingError } from "./errors";
import { KID_BYTES } from "./format";
import type { SigningKey, WebCryptoKey } from "./types";

export const ED25519 = { name: "Ed25519" } as const;
const PUBLIC_KEY_BYTES = 32;
const KID_PATTERN = /^[0-9a-f]{8}$/;

export async function generateSigningKey(): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey(ED25519, true, ["sign", "verify"]);
  if (!("privateKey" in pair)) throw new Error("WebCrypto returned a single key for Ed25519");
  const raw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  return { kid: await deriveKid(raw), publicKey: bytesToBase64Url(raw), privateKey: bytesToBase64Url(pkcs8) };
}

/** The kid is derived, not chosen, so it can never drift from its key. */
export async function deriveKid(publicKey: Uint8Array | string): Promise<string> {
  const raw = typeof publicKey === "string" ? base64UrlToBytes(publicKey) : new Uint8Array(publicKey);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", raw));
  return bytesToHex(digest.subarray(0, KID_BYTES));
}

/** Lowercase 8-hex kid, or undefined when it cannot be one. */
export function normaliseKid(kid: unknown): string | undefined {
  if (typeof kid !== "string") return undefined;
  const lower = kid.toLowerCase();
  return KID_PATTERN.test(lower) ? lower : undefined;
}

const privateKeys = new Map<string, Promise<{ key: WebCryptoKey; kid: string }>>();

/**
 * Imports a PKCS#8 key once and learns its kid (via the JWK `x`), so a signer configured
 * with the wrong kid fails loudly here instead of minting credentials that never verify.
 */
export async function importSigningKey(pkcs8: string, expectedKid: string): Promise<WebCryptoKey> {
  let pending = privateKeys.get(pkcs8);
  if (!pending) {
    pending = loadSigningKey(pkcs8);
    privateKeys.set(pkcs8, pending);
    pending.catch(() => privateKeys.delete(pkcs8));
  }
  const { key, kid } = await pending;
  if (kid !== expectedKid) {
    throw new CredentialEncodingError("signer.kid", `"${expectedKid}" does not belong to this private key (its kid is "${kid}")`);
  }
  return key;
}

async function loadSigningKey(pkcs8: string): Promise<{ key: WebCryptoKey; kid: string }> {
  let der: Uint8Array<ArrayBuffer>;
  try {
    der = base64UrlToBytes(pkcs8);
  } catch (error) {
    throw new CredentialEncodingError("signer.privateKey", `not base64url PKCS#8 (${(error as Error).message})`);
  }
  const probe = await crypto.subtle.importKey("pkcs8", der, ED25519, true, ["sign"]);
  const { x } = await crypto.subtle.exportKey("jwk", probe);
  if (typeof x !== "string") throw new CredentialEncodingError("signer.privateKey", "is not an Ed25519 key");
  const key = await crypto.subtle.importKey("pkcs8", der, ED25519, false, ["sign"]);
  return { key, kid: await deriveKid(x) };
}

const MAX_CACHED_PUBLIC_KEYS = 256;
const publicKeys = new Map<string, Promise<WebCryptoKey>>();

/** Cached by kid and key material together, so a kid re-pointed at another key is never served stale. */
export function importVerifyKey(kid: string, publicKey: string): Promise<WebCryptoKey> {
  const cacheKey = `${kid}:${publicKey}`;
  let pending = publicKeys.get(cacheKey);
  if (!pending) {
    if (publicKeys.size >= MAX_CACHED_PUBLIC_KEYS) publicKeys.clear();
    pending = (async () => {
      const raw = base64UrlToBytes(publicKey);
      if (raw.length !== PUBLIC_KEY_BYTES) throw new TypeError(`public key for kid ${kid} is not 32 bytes`);
      return crypto.subtle.importKey("raw", raw, ED25519, false, ["verify"]);
    })();
    publicKeys.set(cacheKey, pending);
    pending.catch(() => publicKeys.delete(cacheKey));
  }
  return pending;
}
