// The workspace as the launcher sees it: packages, their order, and what changed.
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = fileURLToPath(new URL("../..", import.meta.url))

const SKIP_DIRS = new Set(["node_modules", ".medusa", "dist", "__tests__", ".data", ".cache", "e2e", "integration-tests"])
const SKIP_FILES = new Set(["__admin-extensions__.js"])

/** Workspace packages (root package.json globs), each with name, dir, manifest and kind. */
export function workspacePackages() {
  const root = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
  const dirs = root.workspaces.flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [join(ROOT, pattern)]
    const parent = join(ROOT, pattern.slice(0, -2))
    return existsSync(parent) ? readdirSync(parent).map((name) => join(parent, name)) : []
  })
  return dirs
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
      const build = manifest.scripts?.build ?? ""
      const kind = build.includes("medusa plugin:build") ? "medusa-plugin" : build.includes("vite build") ? "vite" : "none"
      return { name: manifest.name, dir, manifest, kind, output: join(dir, kind === "vite" ? "dist" : ".medusa/server") }
    })
}

/** Dependencies first, so a package is built after the workspace packages it uses. */
export function inBuildOrder(packages) {
  const byName = new Map(packages.map((p) => [p.name, p]))
  const ordered = []
  const seen = new Set()
  const visit = (pkg, trail = []) => {
    if (seen.has(pkg.name)) return
    if (trail.includes(pkg.name)) throw new Error(`dependency cycle: ${[...trail, pkg.name].join(" → ")}`)
    const deps = { ...pkg.manifest.dependencies, ...pkg.manifest.devDependencies, ...pkg.manifest.peerDependencies }
    for (const dep of Object.keys(deps)) if (byName.has(dep)) visit(byName.get(dep), [...trail, pkg.name])
    seen.add(pkg.name)
    ordered.push(pkg)
  }
  packages.forEach((pkg) => visit(pkg))
  return ordered
}

function listFiles(dir, out = []) {
  if (!existsSync(dir)) return out
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) listFiles(path, out)
    } else if (!SKIP_FILES.has(entry.name)) {
      out.push(path)
    }
  }
  return out
}

/** A content hash of the given files and folders (paths and bytes), ignoring build output and tests. */
export function hashInputs(base, entries, extra = []) {
  const hash = createHash("sha256")
  for (const entry of entries) {
    const path = join(base, entry)
    if (!existsSync(path)) continue
    const files = statSync(path).isDirectory() ? listFiles(path).sort() : [path]
    for (const file of files) {
      hash.update(relative(ROOT, file))
      hash.update(readFileSync(file))
    }
  }
  extra.forEach((value) => hash.update(String(value)))
  return hash.digest("hex")
}

export const packageInputs = (pkg) =>
  pkg.kind === "vite"
    ? ["src", "public", "index.html", "vite.config.ts", "tsconfig.json", "package.json"]
    : ["src", "tsconfig.json", "package.json"]
