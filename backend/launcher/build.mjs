// `npm run build`: builds every workspace package that changed since its last build, in
// dependency order, then (with --app) the Medusa app with its admin. A package's stamp
// holds the hash of its inputs and of its workspace dependencies' stamps.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { hashInputs, inBuildOrder, packageInputs, ROOT, workspacePackages } from "./workspace.mjs"

const STAMP = ".tessera-build-stamp"
const bin = (name) => join(ROOT, "node_modules", ".bin", name)
const readStamp = (dir) => (existsSync(join(dir, STAMP)) ? readFileSync(join(dir, STAMP), "utf8") : null)

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: "inherit",
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: process.env.NODE_ENV ?? "production" },
  })
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd} (exit ${result.status})`)
}

function buildPackage(pkg) {
  if (pkg.kind === "medusa-plugin") {
    // the admin bundler writes a temporary entry into src/admin, even for plugins without admin pages
    mkdirSync(join(pkg.dir, "src", "admin"), { recursive: true })
    run(bin("medusa"), ["plugin:build"], pkg.dir)
  } else if (pkg.kind === "vite") {
    run(bin("vite"), ["build"], pkg.dir)
  }
}

const LOCK = join(ROOT, ".build.lock")
const STALE_LOCK_MS = 10 * 60_000

/**
 * One build at a time per checkout: a plugin build deletes and rewrites its output, so two at
 * once (a dev loop and a test run, say) would each see the other's half-written folder.
 */
function withBuildLock(fn, log) {
  const waitStarted = Date.now()
  let told = false
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true })
      if (Date.now() - waitStarted > STALE_LOCK_MS) throw new Error(`another build holds ${LOCK}`)
      if (!told) log("waiting for another build to finish…")
      told = true
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
    }
  }
  try {
    return fn()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

/** Builds what is stale; returns the names built. */
export function buildWorkspace(options = {}) {
  return withBuildLock(() => buildStale(options), options.log ?? console.log)
}

function buildStale({ app = false, force = false, log = console.log } = {}) {
  const packages = inBuildOrder(workspacePackages()).filter((p) => p.kind !== "none")
  const stamps = new Map()
  const built = []
  for (const pkg of packages) {
    const deps = Object.keys({ ...pkg.manifest.dependencies, ...pkg.manifest.devDependencies })
    const depStamps = deps.filter((d) => stamps.has(d)).map((d) => `${d}=${stamps.get(d)}`)
    const stamp = hashInputs(pkg.dir, packageInputs(pkg), depStamps)
    stamps.set(pkg.name, stamp)
    if (!force && readStamp(pkg.output) === stamp) continue
    log(`building ${pkg.name}…`)
    const started = Date.now()
    buildPackage(pkg)
    writeFileSync(join(pkg.output, STAMP), stamp)
    log(`built ${pkg.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    built.push(pkg.name)
  }
  if (app) {
    const appOutput = join(ROOT, ".medusa", "server")
    const plugins = [...stamps].filter(([name]) => name !== "@tessera/storefront-pwa").map(([n, s]) => `${n}=${s}`)
    const stamp = hashInputs(ROOT, ["medusa-config.ts", "tsconfig.json", "package.json"], plugins)
    if (force || readStamp(appOutput) !== stamp) {
      log("building the Medusa app and admin…")
      const started = Date.now()
      run(bin("medusa"), ["build"], ROOT)
      writeFileSync(join(appOutput, STAMP), stamp)
      log(`built the app in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      built.push("app")
    }
  }
  return built
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const built = buildWorkspace({ app: process.argv.includes("--app"), force: process.argv.includes("--force") })
    console.log(built.length ? `built: ${built.join(", ")}` : "everything is up to date")
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
