/**
 * Unsigned LEB128 over plain numbers (no bitwise ops, which would truncate at 32 bits),
 * up to Number.MAX_SAFE_INTEGER. Decoding insists on the shortest form so that one
 * claim set has exactly one encoding.
 */
import { MalformedCredentialError } from "./errors";

export const MAX_VARINT_BYTES = 8;

export function encodeVarint(value: number): Uint8Array<ArrayBuffer> {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`varint value must be a safe non-negative integer, got ${value}`);
  }
  const out: number[] = [];
  let rest = value;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    out.push(rest > 0 ? low + 128 : low);
  } while (rest > 0);
  return Uint8Array.from(out);
}

/** Returns the value and how many bytes it used. */
export function decodeVarint(bytes: Uint8Array, offset: number): { value: number; length: number } {
  let value = 0;
  let weight = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    const byte = bytes[offset + i];
    if (byte === undefined) throw new MalformedCredentialError("truncated varint");
    value += (byte & 0x7f) * weight;
    if (byte < 0x80) {
      if (i > 0 && byte === 0) throw new MalformedCredentialError("non-minimal varint");
      if (!Number.isSafeInteger(value)) throw new MalformedCredentialError("varint exceeds the safe integer range");
      return { value, length: i + 1 };
    }
    weight *= 128;
  }
  throw new MalformedCredentialError(`varint longer than ${MAX_VARINT_BYTES} bytes`);
}
