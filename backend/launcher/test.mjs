// `npm test`: builds what is stale (Medusa loads plugins from their build output), then
// runs every suite with Vitest and ends with one plain line: "N passed, N failed, N skipped".
// Extra arguments go to Vitest.
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
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
const reportDir = mkdtempSync(join(tmpdir(), "tessera-test-report-"))
const report = join(reportDir, "vitest.json")
const result = spawnSync(
  join(ROOT, "node_modules", ".bin", "vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "test", MEDUSA_DISABLE_TELEMETRY: "true" } }
)
console.log(`npm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, testResults } = JSON.parse(readFileSync(report, "utf8"))
  // a file that fails before any test runs (an import error) has no failed test of its own, but it failed
  const brokenFiles = testResults.filter((file) => file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"))
  console.log(`${numPassedTests} passed, ${numFailedTests + brokenFiles.length} failed, ${numPendingTests + numTodoTests} skipped`)
}
rmSync(reportDir, { recursive: true, force: true })
process.exit(result.status ?? 1)
