/** Hand-written byte helpers: the same files run in the browser, where there is no Buffer. */

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new TypeError("hex string must have an even number of hex digits");
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// By char code, -1 for anything else: the gate decodes every scanned credential, a Map per character cost 3 % of a batch.
const BASE64URL_VALUES = new Int8Array(128).fill(-1);
[...BASE64URL].forEach((char, value) => (BASE64URL_VALUES[char.charCodeAt(0)] = value));

/** Unpadded, as in JWK: keys travel in JSON and URLs. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64URL[(acc >> bits) & 63];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE64URL[(acc << (6 - bits)) & 63];
  return out;
}

/** Strict: rejects padding, foreign characters and non-zero leftover bits, so one key has one spelling. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 === 1) throw new TypeError("base64url text has an impossible length");
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (BASE64URL_VALUES[code] as number) : -1;
    if (value < 0) throw new TypeError(`invalid base64url character ${JSON.stringify(text[i])}`);
    acc = (acc << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[offset++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0) throw new TypeError("base64url text has non-zero trailing bits");
  return out;
}

/** Copies into a fresh ArrayBuffer-backed array, which WebCrypto's BufferSource requires. */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
