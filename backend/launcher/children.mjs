// Child processes of the launcher, recorded under .data/ so that a launcher killed with
// SIGKILL does not leave a server holding the port for the next start.
import { spawn } from "node:child_process"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"

export function reapStaleChildren(dataDir, log) {
  const file = join(dataDir, "children.json")
  if (!existsSync(file)) return
  for (const { pid, command } of JSON.parse(readFileSync(file, "utf8"))) {
    let cmdline = ""
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")
    } catch {
      continue // gone already
    }
    if (!cmdline.includes(command)) continue // the pid was reused by something else
    log(`stopping ${command} (pid ${pid}) left behind by an earlier run`)
    try {
      process.kill(-pid, "SIGKILL")
    } catch {
      try {
        process.kill(pid, "SIGKILL")
      } catch {}
    }
  }
  rmSync(file, { force: true })
}

export class Children {
  constructor(dataDir) {
    this.file = join(dataDir, "children.json")
    this.running = new Map()
  }

  /** Spawns in its own process group, so stopping it stops its whole tree. */
  spawn(name, command, args, options) {
    const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? "inherit" })
    this.running.set(name, { child, command: [command, ...args].join(" ") })
    child.once("exit", () => {
      if (this.running.get(name)?.child === child) this.running.delete(name)
      this.save()
    })
    this.save()
    return child
  }

  async stop(name, timeoutMs = 10_000) {
    const entry = this.running.get(name)
    if (!entry || entry.child.exitCode !== null) return
    const exited = new Promise((resolve) => entry.child.once("exit", resolve))
    try {
      process.kill(-entry.child.pid, "SIGTERM")
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-entry.child.pid, "SIGKILL")
      } catch {}
    }, timeoutMs)
    await exited
    clearTimeout(timer)
  }

  async stopAll() {
    await Promise.all([...this.running.keys()].map((name) => this.stop(name)))
  }

  save() {
    const list = [...this.running.values()].map(({ child, command }) => ({ pid: child.pid, command }))
    if (list.length) writeFileSync(this.file, JSON.stringify(list))
    else rmSync(this.file, { force: true })
  }
}
