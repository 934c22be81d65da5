// Migrations run only when something that shapes the schema changed: our modules'
// migrations, our links, or the installed Medusa. `medusa db:migrate` boots the whole
// module graph (~15 s even with nothing to do), so skipping it is what makes a warm start fast.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { hashInputs, ROOT, workspacePackages } from "./workspace.mjs"

function schemaInputs(pkg) {
  const inputs = ["src/links"]
  const modules = join(pkg.dir, "src", "modules")
  if (existsSync(modules)) {
    for (const name of readdirSync(modules)) inputs.push(`src/modules/${name}/migrations`, `src/modules/${name}/models`)
  }
  return inputs
}

export function migrationsHash() {
  const medusa = JSON.parse(readFileSync(join(ROOT, "node_modules/@medusajs/medusa/package.json"), "utf8")).version
  const parts = workspacePackages()
    .filter((pkg) => pkg.kind === "medusa-plugin")
    .map((pkg) => `${pkg.name}:${hashInputs(pkg.dir, schemaInputs(pkg))}`)
  return hashInputs(ROOT, ["medusa-config.ts"], [`medusa@${medusa}`, ...parts])
}
