/**
 * NFC wristbands carry one NDEF external-type record on an NTAG213. Web NFC (Chrome on
 * Android) writes a short record when the payload is under 256 bytes, wrapped in an NDEF
 * TLV and a terminator TLV — the same arithmetic is used here to prove a credential fits.
 */
import { concatBytes } from "./bytes";

/** Must stay lowercase: Android lowercases external types when it writes them. */
export const NDEF_RECORD_TYPE = "tessera.app:cred";
export const NTAG213_USER_BYTES = 144;

const TNF_EXTERNAL = 0x04;
const MB_ME = 0xc0;
const SHORT_RECORD = 0x10;
const NDEF_MESSAGE_TLV = 0x03;
const TERMINATOR_TLV = 0xfe;
const TYPE_BYTES = new TextEncoder().encode(NDEF_RECORD_TYPE);

/** The record init for `NDEFReader.write({ records: [init] })`. */
export interface CredentialNdefRecordInit {
  recordType: typeof NDEF_RECORD_TYPE;
  data: Uint8Array;
}

export function toNdefRecordInit(credential: Uint8Array): CredentialNdefRecordInit {
  return { recordType: NDEF_RECORD_TYPE, data: credential };
}

/** The credential bytes of a scanned Web NFC record, or undefined when it is not ours. */
export function fromNdefRecord(record: { recordType: string; data?: DataView | null }): Uint8Array | undefined {
  if (record.recordType !== NDEF_RECORD_TYPE || !record.data) return undefined;
  return new Uint8Array(record.data.buffer.slice(record.data.byteOffset, record.data.byteOffset + record.data.byteLength));
}

/** The exact bytes our record occupies in tag user memory, TLVs included. */
export function encodeNdefTag(credential: Uint8Array): Uint8Array<ArrayBuffer> {
  const short = credential.length < 256;
  const header = Uint8Array.of(MB_ME | (short ? SHORT_RECORD : 0) | TNF_EXTERNAL, TYPE_BYTES.length);
  const payloadLength = short ? Uint8Array.of(credential.length) : uint32(credential.length);
  const record = concatBytes(header, payloadLength, TYPE_BYTES, credential);
  const tlvLength = record.length < 0xff ? Uint8Array.of(record.length) : Uint8Array.of(0xff, record.length >> 8, record.length & 0xff);
  return concatBytes(Uint8Array.of(NDEF_MESSAGE_TLV), tlvLength, record, Uint8Array.of(TERMINATOR_TLV));
}

/** Same count as encodeNdefTag(payload).length, without building it. */
export function ndefTagBytes(payloadLength: number): number {
  const record = 2 + (payloadLength < 256 ? 1 : 4) + TYPE_BYTES.length + payloadLength;
  return 1 + (record < 0xff ? 1 : 3) + record + 1;
}

export function fitsNtag213(credential: Uint8Array): boolean {
  return ndefTagBytes(credential.length) <= NTAG213_USER_BYTES;
}

function uint32(value: number): Uint8Array {
  return Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}
