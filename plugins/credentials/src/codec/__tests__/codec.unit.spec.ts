import { createHash, createPublicKey, verify as nodeVerify } from "node:crypto";
import { describe, expect, it } from "vitest";
import vectors from "../../../test-vectors/credentials.json";
import {
  base64UrlToBytes,
  bytesToBase64Url,
  bytesToHex,
  CredentialEncodingError,
  type CredentialClaims,
  type CredentialClaimsInput,
  type CredentialVectors,
  decodeBase45,
  decodeUnverified,
  deriveKid,
  encodeBase45,
  encodeNdefTag,
  fitsNtag213,
  fromNdefRecord,
  fromQrText,
  generateSigningKey,
  hexToBytes,
  MalformedCredentialError,
  newMedusaId,
  NDEF_RECORD_TYPE,
  ndefTagBytes,
  normaliseSerialNumber,
  NTAG213_USER_BYTES,
  runCredentialVectors,
  SIGNATURE_DOMAIN,
  signCredential,
  toNdefRecordInit,
  toQrText,
  type VerificationKey,
  verifyCredential,
} from "..";
import { decodeVarint, encodeVarint } from "../varint";

const shared = vectors as CredentialVectors;
const current = shared.keys.current as CredentialVectors["keys"][string];
const wrong = shared.keys.wrong as CredentialVectors["keys"][string];
const signer = { kid: current.kid, privateKey: current.private_key };
const activeKeys: VerificationKey[] = [{ kid: current.kid, public_key: current.public_key, status: "active" }];

const TICKET = "tkt_01JAR4Q2M7X9C3V5B8N6K0T1WZ";
const EVENT = "evt_01JAR3ZP6D2H8F4G7Q9S5R1YEX";
const CARD = "card_01JAR5B7C9D1E3F5G7H9J1K3M5";
const ticket: CredentialClaims = { kind: "ticket", id: TICKET, version: 1, event_id: EVENT };
const card: CredentialClaimsInput = { kind: "card", id: CARD, version: 1, event_id: EVENT, serial_number: "04:a2:1b:3c:4d:5e:6f" };

/** Seeded so a failing property run can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

function randomUlid(random: () => number): string {
  const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  let ulid = crockford[Math.floor(random() * 8)] as string;
  for (let i = 1; i < 26; i++) ulid += crockford[Math.floor(random() * 32)];
  return ulid;
}

function encodingErrorOf(error: unknown): string | undefined {
  return error instanceof CredentialEncodingError ? error.field : undefined;
}

async function signingFailure(claims: CredentialClaimsInput): Promise<string | undefined> {
  try {
    await signCredential(claims, signer);
  } catch (error) {
    return encodingErrorOf(error) ?? `unexpected ${String(error)}`;
  }
  return undefined;
}

describe("runCredentialVectors", () => {
  it("should pass every shared vector", async () => {
    const results = await runCredentialVectors(shared);

    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(results).toHaveLength(shared.cases.length);
  });

  it("should cover every rejection reason and both kinds in the shared vectors", () => {
    const reasons = new Set(shared.cases.map((vector) => vector.expect.reason).filter(Boolean));
    const kinds = new Set(shared.cases.map((vector) => vector.sign?.claims.kind).filter(Boolean));

    expect([...reasons].sort()).toEqual(["expired", "forged", "key_revoked", "malformed", "revoked", "unknown_key"]);
    expect([...kinds].sort()).toEqual(["card", "ticket"]);
  });

  it("should report a case whose expected bytes or verdict do not match", async () => {
    const [first] = shared.cases;
    if (!first?.credential_hex) throw new Error("first vector must be a signed case");
    const flipped = `${first.credential_hex.slice(0, -1)}${first.credential_hex.endsWith("0") ? "1" : "0"}`;
    const broken: CredentialVectors = {
      ...shared,
      cases: [
        { ...first, name: "bytes", credential_hex: flipped },
        { ...first, name: "verdict", expect: { ok: false, reason: "forged" } },
      ],
    };

    const results = await runCredentialVectors(broken);

    expect(results.map((result) => [result.name, result.ok])).toEqual([
      ["bytes", false],
      ["verdict", false],
    ]);
    expect(results[0]?.detail).toMatch(/signed bytes differ/);
  });
});

describe("generateSigningKey", () => {
  it("should return a 32-byte raw public key, a 48-byte PKCS#8 private key and the SHA-256 derived kid", async () => {
    const key = await generateSigningKey();
    const raw = base64UrlToBytes(key.publicKey);

    expect(raw).toHaveLength(32);
    expect(base64UrlToBytes(key.privateKey)).toHaveLength(48);
    expect(key.kid).toBe(createHash("sha256").update(raw).digest("hex").slice(0, 8));
    expect(await deriveKid(key.publicKey)).toBe(key.kid);
  });

  it("should produce keys that sign credentials that verify", async () => {
    const key = await generateSigningKey();
    const credential = await signCredential(ticket, { kid: key.kid, privateKey: key.privateKey });

    const verdict = await verifyCredential(credential, { keys: [{ kid: key.kid, public_key: key.publicKey, status: "active" }] });

    expect(verdict).toEqual({ ok: true, kid: key.kid, claims: ticket });
  });
});

describe("signCredential", () => {
  it("should lay out format byte, kid, flags, id, varint version, event, serial and expiry in that order", async () => {
    const credential = await signCredential(
      {
        kind: "card",
        id: "card_00000000000000000000000001",
        version: 300,
        event_id: "evt_7ZZZZZZZZZZZZZZZZZZZZZZZZZ",
        serial_number: "04:A2:1B:3C",
        expires_at: "2026-07-01T00:00:00Z",
      },
      signer,
    );
    const hex = bytesToHex(credential);

    expect(hex.slice(0, 2)).toBe("12");
    expect(hex.slice(2, 10)).toBe(current.kid);
    expect(hex.slice(10, 12)).toBe("07");
    expect(hex.slice(12, 44)).toBe(`${"00".repeat(15)}01`);
    expect(hex.slice(44, 48)).toBe("ac02");
    expect(hex.slice(48, 80)).toBe("ff".repeat(16));
    expect(hex.slice(80, 90)).toBe("0404a21b3c");
    expect(hex.slice(90, 98)).toBe((Date.UTC(2026, 6, 1) / 1000).toString(16).padStart(8, "0"));
    expect(credential).toHaveLength(49 + 64);
  });

  it("should omit optional fields and clear their flags", async () => {
    const credential = await signCredential({ kind: "ticket", id: TICKET, version: 0 }, signer);

    expect(credential[0]).toBe(0x11);
    expect(credential[5]).toBe(0);
    expect(credential).toHaveLength(1 + 4 + 1 + 16 + 1 + 64);
  });

  it("should sign the domain prefix followed by the body, so a bare-body signature check fails", async () => {
    const credential = await signCredential(ticket, signer);
    const body = credential.subarray(0, credential.length - 64);
    const signature = credential.subarray(credential.length - 64);
    const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: current.public_key }, format: "jwk" });

    expect(new TextDecoder().decode(SIGNATURE_DOMAIN)).toBe("tessera/cred/1");
    expect(nodeVerify(null, Buffer.concat([SIGNATURE_DOMAIN, body]), publicKey, signature)).toBe(true);
    expect(nodeVerify(null, body, publicKey, signature)).toBe(false);
  });

  it("should give identical bytes for identical claims and key", async () => {
    const first = await signCredential(card, signer);
    const second = await signCredential({ ...card }, signer);

    expect(bytesToHex(second)).toBe(bytesToHex(first));
  });

  it("should accept an imported CryptoKey as the private key", async () => {
    const key = await crypto.subtle.importKey("pkcs8", base64UrlToBytes(current.private_key), { name: "Ed25519" }, false, ["sign"]);

    const credential = await signCredential(ticket, { kid: current.kid, privateKey: key });

    expect(bytesToHex(credential)).toBe(bytesToHex(await signCredential(ticket, signer)));
  });

  it("should drop sub-second expiry precision by rounding down", async () => {
    const credential = await signCredential({ ...ticket, expires_at: new Date("2026-07-01T00:00:00.999Z") }, signer);

    expect(decodeUnverified(credential).claims.expires_at).toBe("2026-07-01T00:00:00.000Z");
  });

  it.each([
    ["a ticket id with the card prefix", { ...ticket, id: CARD }, "id"],
    ["a card id with the ticket prefix", { ...card, id: TICKET }, "id"],
    ["an id without a prefix", { ...ticket, id: "01JAR4Q2M7X9C3V5B8N6K0T1WZ" }, "id"],
    ["a lowercase ULID", { ...ticket, id: TICKET.replace("JAR", "jar") }, "id"],
    ["a ULID with the excluded letter U", { ...ticket, id: "tkt_01JAR4Q2M7X9C3V5B8N6K0T1WU" }, "id"],
    ["a ULID above 128 bits", { ...ticket, id: "tkt_81JAR4Q2M7X9C3V5B8N6K0T1WZ" }, "id"],
    ["a 25-character ULID", { ...ticket, id: "tkt_01JAR4Q2M7X9C3V5B8N6K0T1W" }, "id"],
    ["an event id with the ticket prefix", { ...ticket, event_id: TICKET }, "event_id"],
    ["a negative version", { ...ticket, version: -1 }, "version"],
    ["a fractional version", { ...ticket, version: 1.5 }, "version"],
    ["a version beyond the safe integers", { ...ticket, version: 2 ** 53 }, "version"],
    ["an 11-byte serial number", { ...card, serial_number: "0011223344556677889900" }, "serial_number"],
    ["an odd-length serial number", { ...card, serial_number: "04a21" }, "serial_number"],
    ["a serial number mixing separators", { ...card, serial_number: "04:a21b" }, "serial_number"],
    ["an empty serial number", { ...card, serial_number: "" }, "serial_number"],
    ["an unparseable expiry", { ...ticket, expires_at: "next tuesday" }, "expires_at"],
    ["an expiry past 2106", { ...ticket, expires_at: "2107-01-01T00:00:00Z" }, "expires_at"],
    ["an expiry before 1970", { ...ticket, expires_at: "1969-12-31T23:59:59Z" }, "expires_at"],
    ["an unknown kind", { ...ticket, kind: "pass" as "ticket" }, "kind"],
  ] satisfies [string, CredentialClaimsInput, string][])("should reject %s naming the field", async (_label, claims, field) => {
    expect(await signingFailure(claims)).toBe(field);
  });

  it("should reject a kid that does not belong to the private key", async () => {
    const failure = signCredential(ticket, { kid: wrong.kid, privateKey: current.private_key });

    await expect(failure).rejects.toThrow(CredentialEncodingError);
    await expect(failure).rejects.toThrow(/signer\.kid/);
  });

  it("should reject a kid that is not 8 hex characters", async () => {
    await expect(signCredential(ticket, { kid: "k1", privateKey: current.private_key })).rejects.toThrow(/signer\.kid/);
  });
});

describe("verifyCredential", () => {
  async function signedTicket(claims: CredentialClaimsInput = ticket): Promise<Uint8Array> {
    return signCredential(claims, signer);
  }

  it("should accept bytes and QR text alike", async () => {
    const credential = await signedTicket();

    expect(await verifyCredential(credential, { keys: activeKeys })).toEqual({ ok: true, kid: current.kid, claims: ticket });
    expect(await verifyCredential(toQrText(credential), { keys: activeKeys })).toEqual({ ok: true, kid: current.kid, claims: ticket });
  });

  it.each([
    ["empty bytes", new Uint8Array(0)],
    ["random bytes", Uint8Array.from({ length: 103 }, (_, i) => (i * 37) & 0xff)],
    ["text without the prefix", "K72%5F87E"],
    ["text with a dangling base45 character", "TS1:K72%"],
    ["a number", 42 as unknown as string],
    ["null", null as unknown as string],
  ])("should say malformed for %s", async (_label, input) => {
    expect(await verifyCredential(input, { keys: activeKeys })).toEqual({ ok: false, reason: "malformed" });
  });

  it.each([
    ["an unknown flag bit", (b: Uint8Array) => Uint8Array.from([...b.subarray(0, 5), b[5]! | 0x08, ...b.subarray(6)])],
    ["an unknown kind", (b: Uint8Array) => Uint8Array.from([0x13, ...b.subarray(1)])],
    ["a non-minimal version varint", (b: Uint8Array) => Uint8Array.from([...b.subarray(0, 22), 0x81, 0x00, ...b.subarray(23)])],
    ["a zero-length serial", (b: Uint8Array) => Uint8Array.from([...b.subarray(0, 5), 0x03, ...b.subarray(6, 39), 0x00, ...b.subarray(39)])],
  ])("should say malformed for %s before checking the signature", async (_label, edit) => {
    const credential = await signedTicket();

    expect(await verifyCredential(edit(credential), { keys: activeKeys })).toEqual({ ok: false, reason: "malformed" });
  });

  it("should never throw and never accept random input", async () => {
    const random = prng(7);
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytes(random, Math.floor(random() * 140));
      if (i % 3 === 0) bytes[0] = 0x11;
      const input = i % 2 === 0 ? bytes : `TS1:${encodeBase45(bytes)}`;

      const verdict = await verifyCredential(input, { keys: activeKeys });

      expect(verdict.ok).toBe(false);
    }
  });

  it("should say unknown_key when no key has the kid, or none of its keys can be imported", async () => {
    const credential = await signedTicket();

    expect(await verifyCredential(credential, { keys: [] })).toEqual({ ok: false, reason: "unknown_key", kid: current.kid });
    expect(await verifyCredential(credential, { keys: [{ ...activeKeys[0]!, public_key: "AAAA" }] })).toEqual({
      ok: false,
      reason: "unknown_key",
      kid: current.kid,
    });
  });

  it("should say key_revoked for a revoked key and fail closed on an unknown status", async () => {
    const credential = await signedTicket();
    const status = (value: string) => [{ ...activeKeys[0]!, status: value as VerificationKey["status"] }];

    expect(await verifyCredential(credential, { keys: status("revoked") })).toMatchObject({ ok: false, reason: "key_revoked" });
    expect(await verifyCredential(credential, { keys: status("paused") })).toMatchObject({ ok: false, reason: "key_revoked" });
    expect(await verifyCredential(credential, { keys: status("retired") })).toMatchObject({ ok: true });
  });

  it("should match kids case-insensitively and try every key sharing a kid", async () => {
    const credential = await signedTicket();
    const keys: VerificationKey[] = [
      { kid: current.kid.toUpperCase(), public_key: wrong.public_key, status: "active" },
      { kid: current.kid.toUpperCase(), public_key: current.public_key, status: "active" },
    ];

    expect(await verifyCredential(credential, { keys })).toMatchObject({ ok: true, kid: current.kid });
  });

  it("should say forged for any flipped bit in the id, version, event or signature", async () => {
    const credential = await signedTicket();
    const random = prng(11);
    for (let i = 0; i < 60; i++) {
      const offset = 6 + Math.floor(random() * (credential.length - 6));
      if (offset === 22) continue; // the version varint: flipping its high bit changes the length and is malformed
      const tampered = new Uint8Array(credential);
      tampered[offset] = tampered[offset]! ^ (1 << Math.floor(random() * 8));

      const verdict = await verifyCredential(tampered, { keys: activeKeys });

      expect(verdict, `offset ${offset}`).toEqual({ ok: false, reason: "forged", kid: current.kid });
    }
  });

  it("should say forged when the signature is swapped with that of other claims", async () => {
    const credential = await signedTicket();
    const other = await signedTicket({ ...ticket, version: 2 });
    const spliced = Uint8Array.from([...credential.subarray(0, credential.length - 64), ...other.subarray(other.length - 64)]);

    expect(await verifyCredential(spliced, { keys: activeKeys })).toEqual({ ok: false, reason: "forged", kid: current.kid });
  });

  it("should say revoked below the current version, asking the lookup with kind and id", async () => {
    const credential = await signedTicket({ ...ticket, version: 4 });
    const asked: string[] = [];
    const currentVersion = async (kind: string, id: string) => {
      asked.push(`${kind}:${id}`);
      return 5;
    };

    const verdict = await verifyCredential(credential, { keys: activeKeys, currentVersion });

    expect(verdict).toEqual({ ok: false, reason: "revoked", kid: current.kid, claims: { ...ticket, version: 4 } });
    expect(asked).toEqual([`ticket:${TICKET}`]);
  });

  it("should not revoke by version when the lookup knows nothing or holds an equal or lower version", async () => {
    const credential = await signedTicket({ ...ticket, version: 4 });

    for (const known of [undefined, 3, 4]) {
      expect(await verifyCredential(credential, { keys: activeKeys, currentVersion: () => known })).toMatchObject({ ok: true });
    }
  });

  it("should propagate a failing version lookup instead of guessing a verdict", async () => {
    const credential = await signedTicket();
    const currentVersion = () => Promise.reject(new Error("database down"));

    await expect(verifyCredential(credential, { keys: activeKeys, currentVersion })).rejects.toThrow("database down");
  });

  it("should say expired from the expiry instant on, accepting now as Date or epoch milliseconds", async () => {
    const expiresAt = "2026-07-01T00:00:00.000Z";
    const credential = await signedTicket({ ...ticket, expires_at: expiresAt });
    const at = Date.parse(expiresAt);

    expect(await verifyCredential(credential, { keys: activeKeys, now: at - 1 })).toMatchObject({ ok: true });
    expect(await verifyCredential(credential, { keys: activeKeys, now: new Date(at) })).toEqual({
      ok: false,
      reason: "expired",
      kid: current.kid,
      claims: { ...ticket, expires_at: expiresAt },
    });
    expect(await verifyCredential(credential, { keys: activeKeys, now: Number.NaN })).toMatchObject({ reason: "expired" });
  });

  it("should check the key before the version and the version before the expiry", async () => {
    const credential = await signedTicket({ ...ticket, expires_at: "2020-01-01T00:00:00Z" });
    const revokedKey: VerificationKey[] = [{ ...activeKeys[0]!, status: "revoked" }];

    expect(await verifyCredential(credential, { keys: revokedKey, currentVersion: () => 9 })).toMatchObject({ reason: "key_revoked" });
    expect(await verifyCredential(credential, { keys: activeKeys, currentVersion: () => 9 })).toMatchObject({ reason: "revoked" });
    expect(await verifyCredential(credential, { keys: activeKeys })).toMatchObject({ reason: "expired" });
  });
});

describe("decodeUnverified", () => {
  it("should return the claims of a credential whose signature is invalid", async () => {
    const credential = await signCredential(card, signer);
    credential[credential.length - 1] = credential[credential.length - 1]! ^ 1;

    expect(decodeUnverified(toQrText(credential))).toEqual({
      kid: current.kid,
      claims: { kind: "card", id: CARD, version: 1, event_id: EVENT, serial_number: "04a21b3c4d5e6f" },
    });
  });

  it("should throw MalformedCredentialError for truncated bytes", async () => {
    const credential = await signCredential(card, signer);

    expect(() => decodeUnverified(credential.subarray(0, 40))).toThrow(MalformedCredentialError);
  });
});

describe("credential round trip", () => {
  it("should sign, decode and verify random claims as bytes and as QR text", async () => {
    const random = prng(2024);
    const edgeVersions = [0, 127, 128, 16_383, 16_384, 2 ** 32, Number.MAX_SAFE_INTEGER];
    const signingKey = await crypto.subtle.importKey("pkcs8", base64UrlToBytes(current.private_key), { name: "Ed25519" }, false, ["sign"]);
    for (let i = 0; i < 150; i++) {
      const kind = random() < 0.5 ? "ticket" : "card";
      const serial = randomBytes(random, 1 + Math.floor(random() * 10));
      const serialHex = bytesToHex(serial);
      const claims: CredentialClaimsInput = {
        kind,
        id: `${kind === "ticket" ? "tkt" : "card"}_${randomUlid(random)}`,
        version: i < edgeVersions.length ? edgeVersions[i]! : Math.floor(random() * 1e6),
      };
      if (random() < 0.5) claims.event_id = `evt_${randomUlid(random)}`;
      if (random() < 0.5) claims.serial_number = random() < 0.5 ? serialHex.toUpperCase().replace(/(..)(?!$)/g, "$1:") : serialHex;
      if (random() < 0.5) claims.expires_at = new Date(Math.floor(random() * 0xffffffff) * 1000).toISOString();
      const expected: CredentialClaims = { ...(claims as CredentialClaims), ...(claims.serial_number ? { serial_number: serialHex } : {}) };

      const credential = await signCredential(claims, { kid: current.kid, privateKey: signingKey });
      const text = toQrText(credential);

      expect(decodeUnverified(credential)).toEqual({ kid: current.kid, claims: expected });
      expect(bytesToHex(fromQrText(text))).toBe(bytesToHex(credential));
      expect(await verifyCredential(text, { keys: activeKeys, now: 0 })).toEqual({ ok: true, kid: current.kid, claims: expected });
    }
  });
});

describe("sizes", () => {
  it("should keep a ticket with event and expiry within 110 bytes", async () => {
    const plain = await signCredential(ticket, signer);
    const withExpiry = await signCredential({ ...ticket, version: 16_383, expires_at: "2030-01-01T00:00:00Z" }, signer);

    expect(plain.length).toBe(103);
    expect(withExpiry.length).toBe(108);
    expect(withExpiry.length).toBeLessThanOrEqual(110);
  });

  it("should fit a card with event and 7-byte UID on an NTAG213 as one external record", async () => {
    const credential = await signCredential(card, signer);
    const tag = encodeNdefTag(credential);

    expect(credential.length).toBe(111);
    expect(ndefTagBytes(credential.length)).toBe(133);
    expect(tag.length).toBe(133);
    expect(tag.length).toBeLessThanOrEqual(NTAG213_USER_BYTES);
    expect(fitsNtag213(credential)).toBe(true);
    expect(bytesToHex(tag.subarray(0, 5))).toBe("0382d4106f"); // NDEF TLV, length 130, MB|ME|SR|TNF 4, type length 16, payload 111
  });

  it("should still fit the largest practical card: 10-byte UID, event, expiry, version below 2^35", async () => {
    const credential = await signCredential(
      { ...card, version: 2 ** 35 - 1, serial_number: "00112233445566778899", expires_at: "2106-02-07T06:28:15Z" },
      signer,
    );

    expect(credential.length).toBe(122);
    expect(ndefTagBytes(credential.length)).toBe(NTAG213_USER_BYTES);
    expect(fitsNtag213(credential)).toBe(true);
  });

  it("should report that a card with an 8-byte version varint no longer fits", async () => {
    const credential = await signCredential({ ...card, version: Number.MAX_SAFE_INTEGER, serial_number: "00112233445566778899", expires_at: "2030-01-01T00:00:00Z" }, signer);

    expect(ndefTagBytes(credential.length)).toBe(147);
    expect(fitsNtag213(credential)).toBe(false);
  });

  it("should switch to a long record and a 3-byte TLV length for large payloads", () => {
    const tag = encodeNdefTag(new Uint8Array(300));

    expect(tag.length).toBe(ndefTagBytes(300));
    expect(tag.length).toBe(1 + 3 + (2 + 4 + 16 + 300) + 1);
    expect(bytesToHex(tag.subarray(0, 6))).toBe("03ff0142c410");
  });

  it("should write the record type as ASCII and end with the terminator TLV", async () => {
    const tag = encodeNdefTag(await signCredential(card, signer));

    expect(new TextDecoder().decode(tag.subarray(5, 21))).toBe(NDEF_RECORD_TYPE);
    expect(tag[tag.length - 1]).toBe(0xfe);
  });

  it("should produce QR text made only of QR alphanumeric characters", async () => {
    const text = toQrText(await signCredential(card, signer));

    expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(text).toHaveLength(4 + Math.ceil((111 / 2) * 3));
  });
});

describe("NDEF record helpers", () => {
  it("should build the Web NFC record init and read the credential back from a DataView at an offset", async () => {
    const credential = await signCredential(card, signer);
    const init = toNdefRecordInit(credential);
    const backing = new Uint8Array(credential.length + 8);
    backing.set(credential, 5);

    expect(init).toEqual({ recordType: "tessera.app:cred", data: credential });
    expect(fromNdefRecord({ recordType: NDEF_RECORD_TYPE, data: new DataView(backing.buffer, 5, credential.length) })).toEqual(credential);
    expect(fromNdefRecord({ recordType: "text", data: new DataView(backing.buffer) })).toBeUndefined();
  });
});

describe("base45", () => {
  it.each([
    ["AB", "BB8"],
    ["Hello!!", "%69 VD92EX0"],
    ["base-45", "UJCLQE7W581"],
    ["ietf!", "QED8WEX0"],
    ["", ""],
  ])("should encode %j as %j and back (RFC 9285)", (plain, encoded) => {
    expect(encodeBase45(new TextEncoder().encode(plain))).toBe(encoded);
    expect(new TextDecoder().decode(decodeBase45(encoded))).toBe(plain);
  });

  it("should round-trip random bytes of every small length", () => {
    const random = prng(45);
    for (let length = 0; length < 80; length++) {
      const bytes = randomBytes(random, length);
      expect(bytesToHex(decodeBase45(encodeBase45(bytes)))).toBe(bytesToHex(bytes));
    }
  });

  it.each([
    ["a dangling character", "BB8B"],
    ["a lowercase character", "bb8"],
    ["a triple above 65535", "GGW"],
    ["a pair above 255", "::"],
  ])("should reject %s", (_label, text) => {
    expect(() => decodeBase45(text)).toThrow(TypeError);
  });
});

describe("varint", () => {
  it.each([
    [0, "00"],
    [127, "7f"],
    [128, "8001"],
    [300, "ac02"],
    [2 ** 32, "8080808010"],
    [Number.MAX_SAFE_INTEGER, "ffffffffffffff0f"],
  ])("should encode %d as %s and decode it back", (value, hex) => {
    expect(bytesToHex(encodeVarint(value))).toBe(hex);
    expect(decodeVarint(hexToBytes(hex), 0)).toEqual({ value, length: hex.length / 2 });
  });

  it.each([
    ["a non-minimal form", "8000"],
    ["a value above the safe integers", "ffffffffffffff7f"],
    ["more than 8 bytes", "808080808080808001"],
    ["a missing final byte", "80"],
  ])("should reject %s", (_label, hex) => {
    expect(() => decodeVarint(hexToBytes(hex), 0)).toThrow(MalformedCredentialError);
  });
});

describe("base64url helpers", () => {
  it("should round-trip random bytes without padding", () => {
    const random = prng(64);
    for (let length = 0; length < 70; length++) {
      const bytes = randomBytes(random, length);
      const text = bytesToBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(bytesToHex(base64UrlToBytes(text))).toBe(bytesToHex(bytes));
    }
  });

  it.each([
    ["padding", "AQ=="],
    ["a standard-base64 character", "a+b/"],
    ["an impossible length", "AAAAA"],
    ["non-zero trailing bits", "AB"],
  ])("should reject %s", (_label, text) => {
    expect(() => base64UrlToBytes(text)).toThrow(TypeError);
  });
});

describe("normaliseSerialNumber", () => {
  it("should turn either spelling into lowercase bare hex", () => {
    expect(normaliseSerialNumber("04:A2:1B:3C:4D:5E:6F")).toBe("04a21b3c4d5e6f");
    expect(normaliseSerialNumber("04A21B3C4D5E6F")).toBe("04a21b3c4d5e6f");
  });
});

describe("newMedusaId", () => {
  it("should make Medusa-shaped ids, ordered by time, that a credential can carry", async () => {
    const ids = Array.from({ length: 1000 }, () => newMedusaId("tkt"));
    expect(new Set(ids).size).toBe(1000);
    ids.forEach((id) => expect(id).toMatch(/^tkt_[0-9A-HJKMNP-TV-Z]{26}$/));
    expect(newMedusaId("adm", 1_000).slice(4, 14) < newMedusaId("adm", 2_000).slice(4, 14)).toBe(true);
    expect(newMedusaId("adm", 0).slice(4, 14)).toBe("0000000000");
    const key = await generateSigningKey();
    const id = newMedusaId("tkt");
    const bytes = await signCredential({ kind: "ticket", id, version: 1 }, key);
    expect(decodeUnverified(bytes).claims.id).toBe(id);
  });
});
