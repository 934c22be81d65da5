import { normalizeEmail, normalizePhone, sameEmail, samePhone } from "../contact"

describe("transfer addresses", () => {
  it("should compare emails without case or surrounding spaces", () => {
    expect(normalizeEmail("  Bob@Tessera.TEST ")).toBe("bob@tessera.test")
    expect(sameEmail("bob@tessera.test", "BOB@tessera.test")).toBe(true)
    expect(sameEmail("bob@tessera.test", "bob@tessera.tes")).toBe(false)
  })

  it("should compare mobile numbers without separators", () => {
    expect(normalizePhone("+49 (170) 123-45.67")).toBe("+491701234567")
    expect(samePhone("+49 170 1234567", "+491701234567")).toBe(true)
    expect(samePhone("+491701234567", "+491701234568")).toBe(false)
  })

  it("should never match a missing address", () => {
    expect(sameEmail(null, null)).toBe(false)
    expect(sameEmail("", "")).toBe(false)
    expect(samePhone(undefined, "+491701234567")).toBe(false)
  })
})
