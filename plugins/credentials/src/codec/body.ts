/**
 * Encodes and parses the signed body (layout in FORMAT.md). Parsing is strict — exact
 * length, no unknown flags, minimal varints — so a credential has exactly one encoding
 * and anything else is malformed before any cryptography runs.
 */
import { bytesToHex, concatBytes } from "./bytes";
import { CredentialEncodingError, MalformedCredentialError } from "./errors";
import {
  CREDENTIAL_ID_PREFIX,
  type CredentialKind,
  FLAG_EVENT,
  FLAG_EXPIRY,
  FLAG_SERIAL,
  FORMAT_VERSION,
  ID_BYTES,
  KID_BYTES,
  KIND_CODE,
  KNOWN_FLAGS,
  MAX_SERIAL_BYTES,
  SIGNATURE_BYTES,
} from "./format";
import { bytesToMedusaId, medusaIdToBytes } from "./medusa-id";
import { serialNumberToBytes } from "./serial-number";
import type { CredentialClaims, CredentialClaimsInput } from "./types";
import { decodeVarint, encodeVarint } from "./varint";

const MAX_EXPIRY_SECONDS = 0xffffffff;

export interface ParsedCredential {
  kid: string;
  claims: CredentialClaims;
  body: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
}

export function encodeCredentialBody(claims: CredentialClaimsInput, kid: Uint8Array): Uint8Array<ArrayBuffer> {
  const kindCode = kindCodeOf(claims.kind);
  const parts: Uint8Array[] = [];
  let flags = 0;
  if (!Number.isSafeInteger(claims.version) || claims.version < 0) {
    throw new CredentialEncodingError("version", `must be a non-negative safe integer, got ${String(claims.version)}`);
  }
  parts.push(medusaIdToBytes(claims.id, CREDENTIAL_ID_PREFIX[claims.kind], "id"), encodeVarint(claims.version));
  if (claims.event_id !== undefined) {
    flags |= FLAG_EVENT;
    parts.push(medusaIdToBytes(claims.event_id, CREDENTIAL_ID_PREFIX.event, "event_id"));
  }
  if (claims.serial_number !== undefined) {
    flags |= FLAG_SERIAL;
    const serial = serialNumberToBytes(claims.serial_number);
    parts.push(Uint8Array.of(serial.length), serial);
  }
  if (claims.expires_at !== undefined) {
    flags |= FLAG_EXPIRY;
    parts.push(uint32(expirySeconds(claims.expires_at)));
  }
  return concatBytes(Uint8Array.of((FORMAT_VERSION << 4) | kindCode), kid, Uint8Array.of(flags), ...parts);
}

export function parseCredential(bytes: Uint8Array): ParsedCredential {
  const reader = new Reader(bytes);
  const head = reader.byte("format byte");
  if (head >> 4 !== FORMAT_VERSION) throw new MalformedCredentialError(`unsupported format version ${head >> 4}`);
  const kind = kindOfCode(head & 0x0f);
  const kid = bytesToHex(reader.take(KID_BYTES, "kid"));
  const flags = reader.byte("flags");
  if ((flags & ~KNOWN_FLAGS) !== 0) throw new MalformedCredentialError(`unknown flags 0x${flags.toString(16)}`);
  const claims: CredentialClaims = {
    kind,
    id: bytesToMedusaId(reader.take(ID_BYTES, "id"), CREDENTIAL_ID_PREFIX[kind]),
    version: reader.varint(),
  };
  if (flags & FLAG_EVENT) claims.event_id = bytesToMedusaId(reader.take(ID_BYTES, "event id"), CREDENTIAL_ID_PREFIX.event);
  if (flags & FLAG_SERIAL) {
    const length = reader.byte("serial length");
    if (length === 0 || length > MAX_SERIAL_BYTES) throw new MalformedCredentialError(`serial length ${length} out of range`);
    claims.serial_number = bytesToHex(reader.take(length, "serial number"));
  }
  if (flags & FLAG_EXPIRY) {
    const b = reader.take(4, "expiry");
    const seconds = (b[0] as number) * 0x1000000 + (((b[1] as number) << 16) | ((b[2] as number) << 8) | (b[3] as number));
    claims.expires_at = new Date(seconds * 1000).toISOString();
  }
  const body = bytes.slice(0, reader.offset);
  const signature = reader.take(SIGNATURE_BYTES, "signature");
  if (reader.offset !== bytes.length) throw new MalformedCredentialError(`${bytes.length - reader.offset} trailing bytes`);
  return { kid, claims, body: new Uint8Array(body), signature };
}

function kindCodeOf(kind: CredentialKind): number {
  if (kind !== "ticket" && kind !== "card") {
    throw new CredentialEncodingError("kind", `must be "ticket" or "card", got ${JSON.stringify(kind)}`);
  }
  return KIND_CODE[kind];
}

function kindOfCode(code: number): CredentialKind {
  for (const kind of Object.keys(KIND_CODE) as CredentialKind[]) if (KIND_CODE[kind] === code) return kind;
  throw new MalformedCredentialError(`unknown credential kind ${code}`);
}

function expirySeconds(expiresAt: Date | string): number {
  const ms = expiresAt instanceof Date ? expiresAt.getTime() : typeof expiresAt === "string" ? Date.parse(expiresAt) : Number.NaN;
  if (Number.isNaN(ms)) throw new CredentialEncodingError("expires_at", `${String(expiresAt)} is not a valid date`);
  const seconds = Math.floor(ms / 1000);
  if (seconds < 0 || seconds > MAX_EXPIRY_SECONDS) {
    throw new CredentialEncodingError("expires_at", "must lie between 1970 and 2106 (32-bit unix seconds)");
  }
  return seconds;
}

function uint32(value: number): Uint8Array {
  return Uint8Array.of(Math.floor(value / 0x1000000) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

class Reader {
  offset = 0;
  private readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  byte(what: string): number {
    return this.take(1, what)[0] as number;
  }

  take(length: number, what: string): Uint8Array<ArrayBuffer> {
    if (this.offset + length > this.bytes.length) throw new MalformedCredentialError(`truncated at ${what}`);
    const out = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return new Uint8Array(out);
  }

  varint(): number {
    const { value, length } = decodeVarint(this.bytes, this.offset);
    this.offset += length;
    return value;
  }
}
