import { encodeCredentialBody } from "./body";
import { concatBytes, hexToBytes } from "./bytes";
import { CredentialEncodingError } from "./errors";
import { SIGNATURE_DOMAIN } from "./format";
import { ED25519, importSigningKey, normaliseKid } from "./keys";
import type { CredentialClaimsInput, CredentialSigner } from "./types";

/**
 * Returns body · signature. Ed25519 is deterministic, so the same claims and key give the
 * same bytes everywhere — the test vectors rely on it. Invalid claims throw a
 * CredentialEncodingError naming the field.
 */
export async function signCredential(claims: CredentialClaimsInput, signer: CredentialSigner): Promise<Uint8Array<ArrayBuffer>> {
  const kid = normaliseKid(signer.kid);
  if (kid === undefined) throw new CredentialEncodingError("signer.kid", `must be 8 hex characters, got ${JSON.stringify(signer.kid)}`);
  const body = encodeCredentialBody(claims, hexToBytes(kid));
  const key = typeof signer.privateKey === "string" ? await importSigningKey(signer.privateKey, kid) : signer.privateKey;
  const signature = new Uint8Array(await crypto.subtle.sign(ED25519, key, concatBytes(SIGNATURE_DOMAIN, body)));
  return concatBytes(body, signature);
}
