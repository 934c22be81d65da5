/**
 * Offline verification. Order matters: structure, then key, then signature, and only
 * authenticated claims are judged for version and expiry. Bad input yields a verdict,
 * never an exception; only a throwing `currentVersion` lookup propagates, because a
 * database outage must not read as either "valid" or "revoked".
 */
import { type ParsedCredential, parseCredential } from "./body";
import { concatBytes } from "./bytes";
import { toCredentialBytes } from "./decode";
import { SIGNATURE_DOMAIN } from "./format";
import { ED25519, importVerifyKey, normaliseKid } from "./keys";
import type { CredentialVerdict, RejectionReason, VerificationKey, VerifyOptions, WebCryptoKey } from "./types";

const USABLE_STATUSES: ReadonlySet<string> = new Set(["active", "retired"]);

export async function verifyCredential(input: Uint8Array | string, options: VerifyOptions): Promise<CredentialVerdict> {
  let parsed: ParsedCredential;
  try {
    parsed = parseCredential(toCredentialBytes(input));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const { kid, claims } = parsed;
  const keyVerdict = await checkSignature(parsed, Array.isArray(options?.keys) ? options.keys : []);
  if (keyVerdict) return { ok: false, reason: keyVerdict, kid };

  const current = options.currentVersion ? await options.currentVersion(claims.kind, claims.id) : undefined;
  if (typeof current === "number" && claims.version < current) return { ok: false, reason: "revoked", kid, claims };

  const now = options.now instanceof Date ? options.now.getTime() : typeof options.now === "number" ? options.now : Date.now();
  // Written as !(now < expiry) so an invalid `now` (NaN) fails closed.
  if (claims.expires_at !== undefined && !(now < Date.parse(claims.expires_at))) {
    return { ok: false, reason: "expired", kid, claims };
  }
  return { ok: true, claims, kid };
}

/** Tries every usable key under the kid (4-byte kids can collide); returns a reason or undefined when verified. */
async function checkSignature(parsed: ParsedCredential, keys: readonly VerificationKey[]): Promise<RejectionReason | undefined> {
  const candidates = keys.filter((key) => normaliseKid(key?.kid) === parsed.kid);
  if (candidates.length === 0) return "unknown_key";
  // Anything but active/retired — including a status we do not know — fails closed.
  const usable = candidates.filter((key) => USABLE_STATUSES.has(key.status));
  const message = concatBytes(SIGNATURE_DOMAIN, parsed.body);
  let imported = 0;
  for (const candidate of usable) {
    let key: WebCryptoKey;
    try {
      key = await importVerifyKey(parsed.kid, candidate.public_key);
    } catch {
      continue;
    }
    imported++;
    if (await crypto.subtle.verify(ED25519, key, parsed.signature, message)) return undefined;
  }
  // A revoked key may be the signer; its signature proves nothing, so say why plainly.
  if (usable.length < candidates.length) return "key_revoked";
  return imported === 0 ? "unknown_key" : "forged";
}
