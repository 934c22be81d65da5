// Secrets for a zero-setup install: made once under .data/ (mode 600), unless the
// environment provides them. Production deployments set them in the environment.
import { randomBytes } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "TESSERA_KEY_SECRET"]

export function ensureSecrets(dataDir, env = process.env) {
  const file = join(dataDir, "secrets.json")
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  let changed = false
  for (const name of NAMES) {
    if (env[name]) continue
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("base64url")
      changed = true
    }
    env[name] = stored[name]
  }
  if (changed) writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
}
