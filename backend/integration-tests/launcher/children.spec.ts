import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
// @ts-expect-error -- plain ESM launcher module without types
import { Children, reapStaleChildren } from "../../launcher/children.mjs"

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe("Children", () => {
  let dataDir: string
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), "tessera-children-"))))
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

  it("should record its children, and a later launcher should reap them after a crash", async () => {
    const crashed = new Children(dataDir)
    const child = crashed.spawn("server", process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" })
    const recorded = JSON.parse(readFileSync(join(dataDir, "children.json"), "utf8"))
    expect(recorded).toEqual([{ pid: child.pid, command: `${process.execPath} -e setInterval(() => {}, 1000)` }])

    // the launcher died without stopping it: the next one reaps it
    const lines: string[] = []
    reapStaleChildren(dataDir, (line: string) => lines.push(line))
    await new Promise((r) => child.once("exit", r))
    expect(alive(child.pid as number)).toBe(false)
    expect(lines[0]).toContain(`pid ${child.pid}`)
  })

  it("should leave alone a recorded pid that now belongs to another program", async () => {
    const children = new Children(dataDir)
    const child = children.spawn("server", process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" })
    const file = join(dataDir, "children.json")
    const recorded = JSON.parse(readFileSync(file, "utf8"))
    recorded[0].command = "medusa start" // as if the pid had been reused by something else
    require("node:fs").writeFileSync(file, JSON.stringify(recorded))
    reapStaleChildren(dataDir, () => {})
    expect(alive(child.pid as number)).toBe(true)
    await children.stopAll()
    expect(alive(child.pid as number)).toBe(false)
  })
})
