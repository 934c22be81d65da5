// `npm run bench -- start [--cold]`: how long `npm start` takes on this machine. A first start on
// an empty data folder (database created, migrated, seeded; with --cold also every build), then
// warm starts measured to the first 200 from /health (goal: ≤ 20 s), the server's RSS, and how
// long Ctrl-C takes to leave nothing running.
import { spawn } from "node:child_process"
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePort, portIsFree } from "../launcher/embedded-postgres.mjs"
import { ROOT, sleep } from "./platform.mjs"

const WARM_RUNS = 3


async function untilHealthy(url, began) {
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return (Date.now() - began) / 1000
    } catch {}
    await sleep(100)
  }
}

function serverRssMb(dataDir) {
  const [{ pid }] = JSON.parse(readFileSync(join(dataDir, "children.json"), "utf8"))
  // the recorded pid is the medusa CLI's process group; its largest member is the server
  const pids = [pid, ...readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)]
  const rss = pids.map((p) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0))
  return Math.max(...rss) / 1024
}

export default async function run(args) {
  const cold = args.includes("--cold")
  if (cold) {
    rmSync(join(ROOT, ".medusa"), { recursive: true, force: true })
    for (const dir of ["backend", "admin-extensions", "plugins/credentials"]) rmSync(join(ROOT, dir, ".medusa"), { recursive: true, force: true })
    rmSync(join(ROOT, "storefront-pwa", "dist"), { recursive: true, force: true })
  }
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-bench-start-"))
  chmodSync(dataDir, 0o755)
  const ports = { backend: await freePort(), pwa: await freePort(), pg: await freePort() }
  const env = { ...process.env, NODE_ENV: "production", TESSERA_DATA_DIR: dataDir, PORT: String(ports.backend), PWA_PORT: String(ports.pwa), EMBEDDED_PG_PORT: String(ports.pg) }
  delete env.DATABASE_URL
  const url = `http://localhost:${ports.backend}`
  const rows = []

  const once = async (label) => {
    const began = Date.now()
    const child = spawn(process.execPath, [join(ROOT, "backend/launcher/start.mjs")], { cwd: ROOT, env, stdio: "ignore" })
    const health = await untilHealthy(url, began)
    await sleep(1500) // let it settle before reading memory
    const rss = serverRssMb(dataDir)
    const stopBegan = Date.now()
    child.kill("SIGINT")
    await new Promise((r) => child.once("exit", r))
    while (!(await portIsFree(ports.backend)) || !(await portIsFree(ports.pg))) await sleep(50)
    rows.push({ run: label, "to /health (s)": health.toFixed(1), "server RSS (MB)": rss.toFixed(0), "Ctrl-C to nothing left (s)": ((Date.now() - stopBegan) / 1000).toFixed(1) })
  }

  try {
    await once(cold ? "first (cold build, empty database)" : "first (empty database)")
    for (let i = 1; i <= WARM_RUNS; i++) await once(`warm ${i}`)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
  console.table(rows)
  const worstWarm = Math.max(...rows.slice(1).map((r) => Number(r["to /health (s)"])))
  console.log(`warm start to /health: worst ${worstWarm.toFixed(1)} s (goal ≤ 20 s) ${worstWarm <= 20 ? "MET" : "MISSED"}`)
}
