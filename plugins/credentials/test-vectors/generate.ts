/**
 * Writes credentials.json: the vectors that prove the Node server and the browser PWA
 * share one codec. Keys are minted once and then reused (pass --new-keys to replace
 * them), so re-running only refreshes the byte expectations. Verdicts are written by
 * hand below, not computed, so the vectors check the codec rather than mirror it.
 *
 *   npx ts-node --transpile-only -O '{"module":"commonjs"}' plugins/credentials/test-vectors/generate.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  bytesToHex,
  type CredentialClaimsInput,
  type CredentialVectorCase,
  type CredentialVectors,
  generateSigningKey,
  hexToBytes,
  runCredentialVectors,
  signCredential,
  toQrText,
} from "../src/codec";

const OUTPUT = resolve(dirname(process.argv[1] ?? "."), "credentials.json");
const KEY_NAMES = ["current", "previous", "wrong"] as const;
type KeyName = (typeof KEY_NAMES)[number];
type Keys = Record<KeyName, { kid: string; public_key: string; private_key: string }>;

const TICKET = "tkt_01JAR4Q2M7X9C3V5B8N6K0T1WZ";
const EVENT = "evt_01JAR3ZP6D2H8F4G7Q9S5R1YEX";
const CARD = "card_01JAR5B7C9D1E3F5G7H9J1K3M5";
const EXPIRY = "2026-07-01T00:00:00.000Z";

async function loadOrMintKeys(): Promise<Keys> {
  if (existsSync(OUTPUT) && !process.argv.includes("--new-keys")) {
    return (JSON.parse(readFileSync(OUTPUT, "utf8")) as { keys: Keys }).keys;
  }
  const keys = {} as Keys;
  for (const name of KEY_NAMES) {
    const key = await generateSigningKey();
    keys[name] = { kid: key.kid, public_key: key.publicKey, private_key: key.privateKey };
  }
  return keys;
}

async function sign(keys: Keys, key: KeyName, claims: NonNullable<CredentialVectorCase["sign"]>["claims"]): Promise<Uint8Array> {
  // Vectors type kinds as plain strings; the deliberate bad-claims cases rely on that.
  return signCredential(claims as CredentialClaimsInput, { kid: keys[key].kid, privateKey: keys[key].private_key });
}

function patched(bytes: Uint8Array, edit: (copy: Uint8Array) => void): string {
  const copy = new Uint8Array(bytes);
  edit(copy);
  return bytesToHex(copy);
}

async function buildCases(keys: Keys): Promise<CredentialVectorCase[]> {
  const active = [{ key: "current", status: "active" }];
  const ticket = { kind: "ticket", id: TICKET, version: 1, event_id: EVENT };
  const ticketBytes = await sign(keys, "current", ticket);
  const expiring = { ...ticket, expires_at: EXPIRY };
  const card = { kind: "card", id: CARD, version: 1, event_id: EVENT, serial_number: "04:A2:1B:3C:4D:5E:6F" };
  const cardClaims = { ...card, serial_number: "04a21b3c4d5e6f" };
  const wrongBytes = await sign(keys, "wrong", ticket);
  const reissued = { ...ticket, version: 2 };

  const cases: CredentialVectorCase[] = [
    { name: "valid ticket", sign: { key: "current", claims: ticket }, verify: { keys: active }, expect: { ok: true, kid: keys.current.kid, claims: ticket } },
    {
      name: "valid ticket read from QR text",
      credential_hex: bytesToHex(ticketBytes),
      qr_text: toQrText(ticketBytes),
      input: { text: toQrText(ticketBytes) },
      verify: { keys: active },
      expect: { ok: true, kid: keys.current.kid, claims: ticket },
    },
    {
      name: "valid card with event and colon-separated 7-byte UID",
      sign: { key: "current", claims: card },
      verify: { keys: active },
      expect: { ok: true, kid: keys.current.kid, claims: cardClaims },
    },
    {
      name: "valid card with bare 10-byte UID and two-byte version varint",
      sign: { key: "current", claims: { kind: "card", id: CARD, version: 300, serial_number: "04A21B3C4D5E6F708192" } },
      verify: { keys: active },
      expect: { ok: true, kid: keys.current.kid, claims: { kind: "card", id: CARD, version: 300, serial_number: "04a21b3c4d5e6f708192" } },
    },
    {
      name: "valid ticket one second before expiry",
      sign: { key: "current", claims: expiring },
      verify: { keys: active, now: "2026-06-30T23:59:59.000Z" },
      expect: { ok: true, kid: keys.current.kid, claims: expiring },
    },
    {
      name: "expired ticket at the expiry instant",
      sign: { key: "current", claims: expiring },
      verify: { keys: active, now: EXPIRY },
      expect: { ok: false, reason: "expired", kid: keys.current.kid, claims: expiring },
    },
    {
      name: "tampered id byte is forged",
      input: { hex: patched(ticketBytes, (b) => void (b[6] = (b[6] as number) ^ 0x01)) },
      verify: { keys: active },
      expect: { ok: false, reason: "forged", kid: keys.current.kid },
    },
    {
      name: "tampered signature byte is forged",
      input: { hex: patched(ticketBytes, (b) => void (b[b.length - 1] = (b[b.length - 1] as number) ^ 0x80)) },
      verify: { keys: active },
      expect: { ok: false, reason: "forged", kid: keys.current.kid },
    },
    {
      name: "wrong key claiming the current kid is forged",
      note: "signed by 'wrong', then the kid bytes were rewritten to 'current'",
      input: { hex: patched(wrongBytes, (b) => b.set(hexToBytes(keys.current.kid), 1)) },
      verify: { keys: active },
      expect: { ok: false, reason: "forged", kid: keys.current.kid },
    },
    {
      name: "key the verifier does not know is unknown_key",
      sign: { key: "wrong", claims: ticket },
      verify: { keys: active },
      expect: { ok: false, reason: "unknown_key", kid: keys.wrong.kid },
    },
    {
      name: "revoked signing key is key_revoked",
      sign: { key: "current", claims: ticket },
      verify: { keys: [{ key: "current", status: "revoked" }] },
      expect: { ok: false, reason: "key_revoked", kid: keys.current.kid },
    },
    {
      name: "older version than the current one is revoked",
      sign: { key: "current", claims: ticket },
      verify: { keys: active, current_versions: { [TICKET]: 2 } },
      expect: { ok: false, reason: "revoked", kid: keys.current.kid, claims: ticket },
    },
    {
      name: "reissued version equal to the current one is valid",
      sign: { key: "current", claims: reissued },
      verify: { keys: active, current_versions: { [TICKET]: 2 } },
      expect: { ok: true, kid: keys.current.kid, claims: reissued },
    },
    {
      name: "rotation: credential from the retired key still verifies",
      sign: { key: "previous", claims: ticket },
      verify: { keys: [{ key: "current", status: "active" }, { key: "previous", status: "retired" }] },
      expect: { ok: true, kid: keys.previous.kid, claims: ticket },
    },
    {
      name: "rotation: credential from the new active key verifies",
      sign: { key: "current", claims: ticket },
      verify: { keys: [{ key: "current", status: "active" }, { key: "previous", status: "retired" }] },
      expect: { ok: true, kid: keys.current.kid, claims: ticket },
    },
    {
      name: "QR text with another prefix is malformed",
      input: { text: `TS2:${toQrText(ticketBytes).slice(4)}` },
      verify: { keys: active },
      expect: { ok: false, reason: "malformed" },
    },
    {
      name: "QR text with an out-of-range base45 group is malformed",
      input: { text: "TS1::::" },
      verify: { keys: active },
      expect: { ok: false, reason: "malformed" },
    },
    {
      name: "lowercase QR text is malformed",
      input: { text: toQrText(ticketBytes).toLowerCase() },
      verify: { keys: active },
      expect: { ok: false, reason: "malformed" },
    },
    {
      name: "truncated credential is malformed",
      input: { hex: bytesToHex(ticketBytes.subarray(0, ticketBytes.length - 1)) },
      verify: { keys: active },
      expect: { ok: false, reason: "malformed" },
    },
    {
      name: "trailing byte is malformed",
      input: { hex: `${bytesToHex(ticketBytes)}00` },
      verify: { keys: active },
      expect: { ok: false, reason: "malformed" },
    },
    {
      name: "unsupported format version is malformed",
      input: { hex: patched(ticketBytes, (b) => void (b[0] = 0x21)) },
      verify: { keys: active },
      expect: { ok: false, reason: "malformed" },
    },
    {
      name: "signing rejects a ticket id with the card prefix",
      sign: { key: "current", claims: { ...ticket, id: CARD } },
      expect: { sign_error: "id" },
    },
    {
      name: "signing rejects an event id that is not a ULID",
      sign: { key: "current", claims: { ...ticket, event_id: "evt_01JAR3ZP6D2H8F4G7Q9S5R1YEI" } },
      expect: { sign_error: "event_id" },
    },
    {
      name: "signing rejects an 11-byte serial number",
      sign: { key: "current", claims: { ...card, serial_number: "04a21b3c4d5e6f70819203" } },
      expect: { sign_error: "serial_number" },
    },
  ];

  for (const vector of cases) {
    if (!vector.sign || vector.expect.sign_error !== undefined) continue;
    const bytes = await sign(keys, vector.sign.key as KeyName, vector.sign.claims);
    vector.credential_hex = bytesToHex(bytes);
    vector.qr_text = toQrText(bytes);
  }
  // Fixed key order keeps the file readable and its diffs small.
  return cases.map(({ name, note, sign, credential_hex, qr_text, input, verify, expect }) => ({
    name,
    note,
    sign,
    credential_hex,
    qr_text,
    input,
    verify,
    expect,
  }));
}

async function main(): Promise<void> {
  const keys = await loadOrMintKeys();
  const vectors: CredentialVectors = {
    warning: "TEST KEYS ONLY. These private keys are public test fixtures: never configure them on any server.",
    format_version: 1,
    keys,
    cases: await buildCases(keys),
  };
  const failures = (await runCredentialVectors(vectors)).filter((result) => !result.ok);
  if (failures.length > 0) {
    console.error(failures);
    process.exitCode = 1;
    return;
  }
  writeFileSync(OUTPUT, `${JSON.stringify(vectors, null, 2)}\n`);
  console.log(`wrote ${vectors.cases.length} cases to ${OUTPUT}`);
}

void main();
