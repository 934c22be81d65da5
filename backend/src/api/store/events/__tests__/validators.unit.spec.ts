import { StoreGetEventsParams } from "../validators"

const parse = (query: Record<string, unknown>) => StoreGetEventsParams.safeParse(query)
const fieldOf = (query: Record<string, unknown>) => {
  const result = parse(query)
  return result.success ? null : result.error.issues[0].path.join(".")
}

describe("StoreGetEventsParams", () => {
  it("should default to the first 20 by start time", () => {
    expect(parse({}).data).toEqual({ limit: 20, offset: 0, order: "starts_at" })
  })

  it("should normalise lists, search terms and dates", () => {
    const { data } = parse({ category: ["music", "comedy,music"], q: "  Blue Note ", featured: "true", from: "2027-06-01", to: "2027-06-30" })
    expect(data).toMatchObject({
      category: ["comedy", "music"],
      q: "blue note",
      featured: true,
      from: new Date("2027-06-01T00:00:00Z"),
      to: new Date("2027-07-01T00:00:00Z"),
      to_exclusive: true,
    })
    expect(parse({ to: "2027-06-30T20:00:00Z" }).data).toMatchObject({ to: new Date("2027-06-30T20:00:00Z"), to_exclusive: false })
  })

  it("should name the field at fault", () => {
    expect(fieldOf({ limit: "abc" })).toBe("limit")
    expect(fieldOf({ limit: "101" })).toBe("limit")
    expect(fieldOf({ offset: "-1" })).toBe("offset")
    expect(fieldOf({ from: "not-a-date" })).toBe("from")
    expect(fieldOf({ from: "2027-06-02", to: "2027-06-01" })).toBe("to")
    expect(fieldOf({ featured: "1" })).toBe("featured")
    expect(fieldOf({ order: "price" })).toBe("order")
    expect(fieldOf({ from: "2027-06-01", to: "2027-06-01" })).toBeNull()
  })
})
