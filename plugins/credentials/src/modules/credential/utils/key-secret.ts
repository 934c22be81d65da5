import { MedusaError } from "@medusajs/framework/utils"

// Only for development and tests: production refuses to start signing without a real secret.
const DEVELOPMENT_SECRET = "tessera-development-key-secret-not-for-production"

/** The secret that seals private keys at rest: the module option, or a development stand-in. */
export function resolveKeySecret(configured: string | undefined, env = process.env.NODE_ENV): string {
  if (configured && configured.length >= 16) return configured
  if (configured) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "TESSERA_KEY_SECRET must be at least 16 characters")
  }
  if (env === "production") {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "TESSERA_KEY_SECRET is required in production")
  }
  return DEVELOPMENT_SECRET
}
