/** Response shapes of the Tessera admin routes. Kept free of server imports. */

export type DatabaseMode = "embedded" | "external"

export type PlatformInfo = {
  database: { mode: DatabaseMode; host: string | null }
  redis: { enabled: boolean }
  payment: { providers: string[] }
  worker_mode: string
  instance: string
  last_worker_heartbeat: { instance: string; at: string } | null
  node: string
}

export type AdminPlatformResponse = { platform: PlatformInfo }

export type CredentialKeyStatus = "active" | "retired" | "revoked"

export type CredentialKey = {
  kid: string
  public_key: string
  status: CredentialKeyStatus
  created_at: string
  retired_at: string | null
  revoked_at: string | null
}

export type AdminCredentialKeyListResponse = {
  credential_keys: CredentialKey[]
  count: number
}

export type AdminCredentialKeyResponse = { credential_key: CredentialKey }
