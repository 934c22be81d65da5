import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto"

const IV_BYTES = 12
const TAG_BYTES = 16
const SALT = "tessera/credential-keys/1"

const wrappingKey = (secret: string) => scryptSync(secret, SALT, 32)

/**
 * AES-256-GCM with the kid as associated data, so a sealed key copied onto
 * another row does not open.
 */
export function sealPrivateKey(privateKey: string, kid: string, secret: string): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(secret), iv)
  cipher.setAAD(Buffer.from(kid))
  const sealed = Buffer.concat([cipher.update(privateKey, "utf8"), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url")
}

export function openPrivateKey(sealed: string, kid: string, secret: string): string {
  const raw = Buffer.from(sealed, "base64url")
  const decipher = createDecipheriv("aes-256-gcm", wrappingKey(secret), raw.subarray(0, IV_BYTES))
  decipher.setAAD(Buffer.from(kid))
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8")
}
