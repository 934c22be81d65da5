// `npm test`: builds what is stale (Medusa loads plugins from their build output), then
// runs every suite with Vitest. Extra arguments go to Vitest.
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { buildWorkspace } from "./build.mjs"
import { ROOT } from "./workspace.mjs"

const started = Date.now()
try {
  buildWorkspace()
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
const result = spawnSync(join(ROOT, "node_modules", ".bin", "vitest"), ["run", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "test", MEDUSA_DISABLE_TELEMETRY: "true" },
})
console.log(`npm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
process.exit(result.status ?? 1)
