import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
// @ts-expect-error -- plain ESM launcher module without types
import { hashInputs, inBuildOrder, workspacePackages } from "../../launcher/workspace.mjs"

describe("workspace build order", () => {
  it("should build every workspace package after the workspace packages it depends on", () => {
    const order = inBuildOrder(workspacePackages()).map((p: { name: string }) => p.name)
    expect(order.indexOf("@tessera/credentials")).toBeLessThan(order.indexOf("@tessera/backend"))
    expect(order.indexOf("@tessera/credentials")).toBeLessThan(order.indexOf("@tessera/storefront-pwa"))
  })

  it("should reject a dependency cycle", () => {
    const pkg = (name: string, dep: string) => ({ name, manifest: { dependencies: { [dep]: "*" } } })
    expect(() => inBuildOrder([pkg("a", "b"), pkg("b", "a")])).toThrow(/cycle/)
  })
})

describe("hashInputs", () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "tessera-hash-"))
    mkdirSync(join(dir, "src", "__tests__"), { recursive: true })
    writeFileSync(join(dir, "src", "service.ts"), "export const a = 1")
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("should change when a source file changes and not when only a test changes", () => {
    const before = hashInputs(dir, ["src"])
    writeFileSync(join(dir, "src", "__tests__", "service.spec.ts"), "it('x', () => {})")
    expect(hashInputs(dir, ["src"])).toBe(before)
    writeFileSync(join(dir, "src", "service.ts"), "export const a = 2")
    expect(hashInputs(dir, ["src"])).not.toBe(before)
  })

  it("should change with a dependency's stamp", () => {
    expect(hashInputs(dir, ["src"], ["dep=1"])).not.toBe(hashInputs(dir, ["src"], ["dep=2"]))
  })
})
