import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
// @ts-expect-error -- plain ESM launcher module without types
import { linkUploads } from "../../launcher/uploads.mjs"

describe("uploads in the data folder", () => {
  let root: string
  let data: string
  let server: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "tessera-uploads-"))
    data = join(root, "data")
    server = join(root, ".medusa", "server")
    mkdirSync(server, { recursive: true })
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it("should serve the data folder's uploads where Medusa's file provider writes, and survive a rebuild", () => {
    linkUploads(data, server)
    expect(lstatSync(join(server, "static")).isSymbolicLink()).toBe(true)
    writeFileSync(join(server, "static", "photo.jpg"), "jpeg")
    expect(readFileSync(join(data, "uploads", "photo.jpg"), "utf8")).toBe("jpeg")

    rmSync(join(root, ".medusa"), { recursive: true }) // what `medusa build` does to its output
    mkdirSync(server, { recursive: true })
    linkUploads(data, server)
    expect(readFileSync(join(server, "static", "photo.jpg"), "utf8")).toBe("jpeg")
    linkUploads(data, server) // again: nothing to do
    expect(readFileSync(join(server, "static", "photo.jpg"), "utf8")).toBe("jpeg")
  })

  it("should move files a build folder already held into the data folder, and refuse a file in the way", () => {
    mkdirSync(join(server, "static", "2026"), { recursive: true })
    writeFileSync(join(server, "static", "2026", "old.png"), "png")
    linkUploads(data, server)
    expect(readFileSync(join(data, "uploads", "2026", "old.png"), "utf8")).toBe("png")
    expect(lstatSync(join(server, "static")).isSymbolicLink()).toBe(true)

    rmSync(join(server, "static"))
    writeFileSync(join(server, "static"), "not a folder")
    expect(() => linkUploads(data, server)).toThrow(/in the way/)
    expect(existsSync(join(data, "uploads", "2026", "old.png"))).toBe(true)
  })
})
