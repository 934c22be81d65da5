import { model } from "@medusajs/framework/utils"

/**
 * One Ed25519 signing key. Exactly one is active (it signs); retired keys still
 * verify what they signed, so rotation never strands issued tickets; revoked keys
 * verify nothing. The private half is stored sealed, never in clear.
 */
export const CredentialKey = model
  .define("credential_key", {
    id: model.id({ prefix: "ckey" }).primaryKey(),
    kid: model.text().unique(),
    public_key: model.text(),
    sealed_private_key: model.text(),
    status: model.enum(["active", "retired", "revoked"]).default("active"),
    retired_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status"], unique: true, where: "status = 'active'" }])
