import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  base64UrlToBytes,
  bytesToBase64Url,
  CredentialEncodingError,
  type CredentialClaimsInput,
  type CurrentVersionLookup,
  type CredentialVerdict,
  generateSigningKey,
  ndefTagBytes,
  QR_TEXT_PREFIX,
  signCredential,
  toQrText,
  type VerificationKey,
  verifyCredential,
} from "../../codec"
import { CredentialKey } from "./models/credential-key"
import { resolveKeySecret } from "./utils/key-secret"
import { openPrivateKey, sealPrivateKey } from "./utils/seal"

export type CredentialModuleOptions = { keySecret?: string }

/** What may leave the server about a key: never the private half. */
export type PublicCredentialKey = VerificationKey & {
  created_at: Date
  retired_at: Date | null
  revoked_at: Date | null
}

export type IssuedCredential = {
  kid: string
  /** base64url of the signed bytes: what an NFC tag's record carries. */
  credential: string
  /** The same bytes as QR text (base45, alphanumeric mode). */
  qr: string
  /** Bytes the whole NDEF message takes on a tag. */
  tag_bytes: number
}

/** Bad claims are the caller's input: a 400 naming the claim, not a 500. */
function asInvalidData(error: unknown): never {
  if (!(error instanceof CredentialEncodingError)) throw error
  throw Object.assign(new MedusaError(MedusaError.Types.INVALID_DATA, error.message), { field: error.field })
}

/** QR text stays text; any other string is taken as the base64url form a tag or API carries. */
function asCredentialInput(input: Uint8Array | string): Uint8Array | string {
  if (typeof input !== "string" || input.startsWith(QR_TEXT_PREFIX)) return input
  try {
    return base64UrlToBytes(input)
  } catch {
    return input
  }
}

const PUBLIC_FIELDS = ["kid", "public_key", "status", "created_at", "retired_at", "revoked_at"]
// Keys change rarely; a few seconds of staleness bounds how long a revocation takes to reach every instance.
const KEY_CACHE_MS = 5_000

export default class CredentialModuleService extends MedusaService({ CredentialKey }) {
  private readonly keySecret: string
  // Medusa wraps services in a proxy that drops writes to `this`, so mutable state lives in an object.
  // The pending read is what is kept: a batch verifies hundreds of credentials at once, and each one
  // awaiting its own read when the cache lapsed made hundreds of identical queries.
  private readonly keyCache: { at: number; keys?: Promise<PublicCredentialKey[]> } = { at: 0 }

  constructor(container: Record<string, unknown>, options: CredentialModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService needs every constructor argument
    super(...arguments)
    this.keySecret = resolveKeySecret(options.keySecret)
  }

  /** Every key's public half, newest first. */
  @InjectManager()
  async listPublicKeys(@MedusaContext() context: Context = {}): Promise<PublicCredentialKey[]> {
    const keys = await this.listCredentialKeys({}, { select: PUBLIC_FIELDS, order: { created_at: "DESC" } }, context)
    return keys.map((key) => this.publicHalf(key as unknown as PublicCredentialKey))
  }

  /**
   * Makes sure one key signs: creates the first one on a fresh install. Never rotates, so
   * callers racing here (several instances booting at once) all end up with the same key.
   */
  async ensureSigningKey(): Promise<PublicCredentialKey> {
    const active = await this.activeKey()
    if (active) return active
    try {
      const created = await this.createCredentialKeys(await this.newKeyRow())
      this.keyCache.keys = undefined
      return this.publicHalf(created)
    } catch (error) {
      // the one-active-key index let another caller win; its key is the one
      const winner = await this.activeKey()
      if (winner) return winner
      throw error
    }
  }

  /** A new key signs from now on; the previous one keeps verifying what it signed. */
  @InjectTransactionManager()
  async rotateSigningKey(@MedusaContext() context: Context = {}): Promise<PublicCredentialKey> {
    // A plain UPDATE runs at once in this transaction (the ORM may flush it after the insert and trip
    // the one-active-key index) and row-locks the active key, so concurrent rotations queue up.
    const manager = context.transactionManager as SqlEntityManager
    await manager.execute(
      "update credential_key set status = 'retired', retired_at = now(), updated_at = now() where status = 'active' and deleted_at is null"
    )
    const created = await this.createCredentialKeys(await this.newKeyRow(), context)
    this.keyCache.keys = undefined
    return this.publicHalf(created)
  }

  /** A compromised key: whatever it signed stops verifying. The active key cannot be revoked; rotate first. */
  @InjectTransactionManager()
  async revokeKey(kid: string, @MedusaContext() context: Context = {}): Promise<PublicCredentialKey> {
    const [key] = await this.listCredentialKeys({ kid }, {}, context)
    if (!key) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Credential key ${kid} was not found`)
    if (key.status === "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Credential key ${kid} is the active key; rotate before revoking it`)
    }
    const updated = await this.updateCredentialKeys({ id: key.id, status: "revoked", revoked_at: new Date() }, context)
    this.keyCache.keys = undefined
    return this.publicHalf(updated)
  }

  /** Signs a credential with the active key. */
  async issueCredential(claims: CredentialClaimsInput): Promise<IssuedCredential> {
    await this.ensureSigningKey()
    const [active] = await this.listCredentialKeys({ status: "active" }, { select: ["kid", "sealed_private_key"] })
    const privateKey = openPrivateKey(active.sealed_private_key, active.kid, this.keySecret)
    const bytes = await signCredential(claims, { kid: active.kid, privateKey }).catch(asInvalidData)
    return { kid: active.kid, credential: bytesToBase64Url(bytes), qr: toQrText(bytes), tag_bytes: ndefTagBytes(bytes.length) }
  }

  /** Checks a credential (bytes, base64url, or QR text) against every known key. Never throws on bad input. */
  async verify(input: Uint8Array | string, currentVersion?: CurrentVersionLookup): Promise<CredentialVerdict> {
    const credential = asCredentialInput(input)
    const verdict = await verifyCredential(credential, { keys: await this.cachedPublicKeys(), currentVersion })
    if (verdict.ok || verdict.reason !== "unknown_key") return verdict
    // a key another instance created since our cache was filled: look once more
    this.keyCache.keys = undefined
    return verifyCredential(credential, { keys: await this.cachedPublicKeys(), currentVersion })
  }

  private async newKeyRow() {
    const generated = await generateSigningKey()
    return {
      kid: generated.kid,
      public_key: generated.publicKey,
      sealed_private_key: sealPrivateKey(generated.privateKey, generated.kid, this.keySecret),
      status: "active" as const,
    }
  }

  private cachedPublicKeys(): Promise<PublicCredentialKey[]> {
    if (!this.keyCache.keys || Date.now() - this.keyCache.at > KEY_CACHE_MS) {
      const reading = this.listPublicKeys()
      this.keyCache.keys = reading
      this.keyCache.at = Date.now()
      // a failed read is not kept: the next caller asks again
      reading.catch(() => {
        if (this.keyCache.keys === reading) this.keyCache.keys = undefined
      })
    }
    return this.keyCache.keys
  }

  private async activeKey(): Promise<PublicCredentialKey | undefined> {
    const [active] = await this.listCredentialKeys({ status: "active" }, { select: PUBLIC_FIELDS })
    return active ? this.publicHalf(active as unknown as PublicCredentialKey) : undefined
  }

  private publicHalf(key: PublicCredentialKey & { sealed_private_key?: string }): PublicCredentialKey {
    const { kid, public_key, status, created_at, retired_at, revoked_at } = key
    return { kid, public_key, status, created_at, retired_at, revoked_at }
  }
}
