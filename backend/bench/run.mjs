// `npm run bench -- <name>`: the project's kept benchmarks. Each prints a table of what it
// measured on this machine. Later issues add theirs (rush, gate, sync, …) to BENCHMARKS.
const BENCHMARKS = {
  start: () => import("./start.mjs"),
  browse: () => import("./browse.mjs"),
  rush: () => import("./rush.mjs"),
  gate: () => import("./gate.mjs"),
  sync: () => import("./sync.mjs"),
  pos: () => import("./pos.mjs"),
}

const name = process.argv[2]
if (!BENCHMARKS[name]) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join("|")}>`)
  process.exit(2)
}
const { default: run } = await BENCHMARKS[name]()
await run(process.argv.slice(3))
