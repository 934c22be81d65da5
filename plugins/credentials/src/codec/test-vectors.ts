/**
 * Runs the shared test vectors without any test framework, so the Node suite and a
 * browser page execute the very same checks. Signed cases compare exact bytes: Ed25519
 * is deterministic, so equal bytes prove both runtimes share one codec.
 */
import { bytesToHex, hexToBytes } from "./bytes";
import { CredentialEncodingError } from "./errors";
import { fromQrText, toQrText } from "./qr-text";
import { signCredential } from "./sign";
import type { CredentialClaimsInput, KeyStatus, VerificationKey } from "./types";
import { verifyCredential } from "./verify";

/** Typed loosely (plain strings) so the JSON file can be imported as is. */
export interface VectorClaims {
  kind: string;
  id: string;
  version: number;
  event_id?: string;
  serial_number?: string;
  expires_at?: string;
}

export interface CredentialVectorCase {
  name: string;
  note?: string;
  /** Sign these claims with the named key; the result must equal credential_hex. */
  sign?: { key: string; claims: VectorClaims };
  credential_hex?: string;
  /** Must equal toQrText(credential) and decode back to it. */
  qr_text?: string;
  /** What to verify instead of the credential itself. */
  input?: { hex?: string; text?: string };
  verify?: { keys: { key: string; status: string }[]; now?: string; current_versions?: Record<string, number> };
  /** The exact verdict, or sign_error: the field signCredential must reject. */
  expect: { ok?: boolean; reason?: string; kid?: string; claims?: VectorClaims; sign_error?: string };
}

export interface CredentialVectors {
  warning?: string;
  format_version: number;
  keys: Record<string, { kid: string; public_key: string; private_key: string }>;
  cases: CredentialVectorCase[];
}

export interface CredentialVectorResult {
  name: string;
  ok: boolean;
  detail?: string;
}

export async function runCredentialVectors(vectors: CredentialVectors): Promise<CredentialVectorResult[]> {
  const results: CredentialVectorResult[] = [];
  for (const vector of vectors.cases) {
    let detail: string | undefined;
    try {
      detail = await runCase(vector, vectors);
    } catch (error) {
      detail = `threw ${String(error)}`;
    }
    results.push(detail === undefined ? { name: vector.name, ok: true } : { name: vector.name, ok: false, detail });
  }
  return results;
}

async function runCase(vector: CredentialVectorCase, vectors: CredentialVectors): Promise<string | undefined> {
  let credential: Uint8Array | undefined = vector.credential_hex === undefined ? undefined : hexToBytes(vector.credential_hex);

  if (vector.sign) {
    const key = vectors.keys[vector.sign.key];
    if (!key) return `no key named "${vector.sign.key}"`;
    let signed: Uint8Array;
    try {
      signed = await signCredential(vector.sign.claims as CredentialClaimsInput, { kid: key.kid, privateKey: key.private_key });
    } catch (error) {
      if (vector.expect.sign_error === undefined) return `signing threw ${String(error)}`;
      if (error instanceof CredentialEncodingError && error.field === vector.expect.sign_error) return undefined;
      return `expected a CredentialEncodingError on "${vector.expect.sign_error}", got ${String(error)}`;
    }
    if (vector.expect.sign_error !== undefined) return `signing should have rejected "${vector.expect.sign_error}"`;
    if (bytesToHex(signed) !== vector.credential_hex) return `signed bytes differ: ${bytesToHex(signed)}`;
    credential = signed;
  }

  if (vector.qr_text !== undefined && credential) {
    if (toQrText(credential) !== vector.qr_text) return `QR text differs: ${toQrText(credential)}`;
    if (bytesToHex(fromQrText(vector.qr_text)) !== bytesToHex(credential)) return "QR text does not decode to the credential";
  }

  const input = vector.input?.text ?? (vector.input?.hex === undefined ? credential : hexToBytes(vector.input.hex));
  if (input === undefined) return "case has nothing to verify";
  const current = vector.verify?.current_versions ?? {};
  const verdict = await verifyCredential(input, {
    keys: (vector.verify?.keys ?? []).map((entry) => verificationKey(vectors, entry.key, entry.status)),
    currentVersion: (_kind, id) => current[id],
    ...(vector.verify?.now === undefined ? {} : { now: new Date(vector.verify.now) }),
  });
  const { sign_error: _ignored, ...expected } = vector.expect;
  const got = canonicalJson(verdict);
  return got === canonicalJson(expected) ? undefined : `verdict ${got}`;
}

function verificationKey(vectors: CredentialVectors, name: string, status: string): VerificationKey {
  const key = vectors.keys[name];
  if (!key) throw new Error(`no key named "${name}"`);
  return { kid: key.kid, public_key: key.public_key, status: status as KeyStatus };
}

/** Key-order-independent JSON, so verdicts compare structurally. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
