/**
 * Base45 (RFC 9285). QR codes store its 45-character alphabet in alphanumeric mode
 * (5.5 bits per character), which beats byte mode for binary data.
 */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
const VALUES = new Map([...ALPHABET].map((char, value) => [char, value] as const));

export function encodeBase45(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = (bytes[i] as number) * 256 + (bytes[i + 1] as number);
    for (let k = 0; k < 3; k++) {
      out += ALPHABET[n % 45];
      n = Math.floor(n / 45);
    }
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1] as number;
    out += ALPHABET[n % 45];
    out += ALPHABET[Math.floor(n / 45)];
  }
  return out;
}

export function decodeBase45(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 3 === 1) throw new TypeError("base45 text has a dangling character");
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let offset = 0;
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3);
    let n = 0;
    let weight = 1;
    for (const char of group) {
      const value = VALUES.get(char);
      if (value === undefined) throw new TypeError(`invalid base45 character ${JSON.stringify(char)}`);
      n += value * weight;
      weight *= 45;
    }
    if (group.length === 3) {
      if (n > 0xffff) throw new TypeError(`base45 group "${group}" exceeds two bytes`);
      out[offset++] = n >> 8;
      out[offset++] = n & 0xff;
    } else {
      if (n > 0xff) throw new TypeError(`base45 group "${group}" exceeds one byte`);
      out[offset++] = n;
    }
  }
  return out;
}
