import { ticketSku } from "../event-product"
import { slugify } from "../slug"
import {
  EVENT_STATUS_TRANSITIONS,
  handleIssues,
  scheduleIssues,
  statusTransitionIssues,
  ticketTypeIssues,
  timezoneIssues,
} from "../validations/event"
import { venueZoneIssues } from "../validations/venue"

const ga = { name: "General admission", tier: "general", price: 45, currency_code: "eur", capacity: 500 }
const rules = { field: "ticket_types", eventEndsAt: "2027-06-01T23:00:00Z" }
const fields = (issues: { field: string }[]) => issues.map((issue) => issue.field)

describe("slugify", () => {
  it("should keep ASCII letters and digits in dash-separated words", () => {
    expect(slugify("  Café Tacvba — Live 2027!  ")).toBe("cafe-tacvba-live-2027")
    expect(slugify("!!!")).toBe("")
    expect(ticketSku("summer-fest", "VIP Lounge")).toBe("summer-fest-vip-lounge")
  })
})

describe("scheduleIssues", () => {
  it("should accept an end after the start and doors at or before it", () => {
    expect(scheduleIssues({ starts_at: "2027-06-01T18:00:00Z", ends_at: "2027-06-01T23:00:00Z", doors_open_at: "2027-06-01T18:00:00Z" })).toEqual([])
  })

  it("should name ends_at, doors_open_at and unreadable dates", () => {
    expect(fields(scheduleIssues({ starts_at: "2027-06-01T18:00:00Z", ends_at: "2027-06-01T18:00:00Z" }))).toEqual(["ends_at"])
    expect(fields(scheduleIssues({ starts_at: "2027-06-01T18:00:00Z", ends_at: "2027-06-01T23:00:00Z", doors_open_at: "2027-06-01T18:01:00Z" }))).toEqual([
      "doors_open_at",
    ])
    expect(fields(scheduleIssues({ starts_at: "soon", ends_at: "2027-06-01T23:00:00Z" }))).toEqual(["starts_at"])
  })
})

describe("timezoneIssues and handleIssues", () => {
  it("should accept IANA zones and slugs only", () => {
    expect(timezoneIssues("Europe/Berlin")).toEqual([])
    expect(fields(timezoneIssues("Mars/Olympus"))).toEqual(["timezone"])
    expect(handleIssues("summer-fest-2027", false)).toEqual([])
    expect(fields(handleIssues("Summer--Fest", false))).toEqual(["handle"])
    expect(handleIssues("", true)[0].message).toContain("set handle")
  })
})

describe("ticketTypeIssues", () => {
  it("should accept valid ticket types", () => {
    expect(ticketTypeIssues([ga, { ...ga, name: "VIP", capacity: 0, allows_dependents: true, max_dependents: 2 }], rules)).toEqual([])
  })

  it("should name the first bad field of each ticket type by its index", () => {
    const issues = ticketTypeIssues(
      [
        { ...ga, capacity: 1.5 },
        { ...ga, name: "general  ADMISSION!" },
        { ...ga, name: "Kids", price: -1, currency_code: "euro" },
        { ...ga, name: "Late", sales_starts_at: "2027-06-01T10:00:00Z", sales_ends_at: "2027-06-01T09:00:00Z" },
        { ...ga, name: "Later", sales_ends_at: "2027-06-02T00:00:00Z" },
        { ...ga, name: "Family", max_dependents: 2 },
      ],
      rules
    )
    expect(fields(issues)).toEqual([
      "ticket_types.0.capacity",
      "ticket_types.1.name",
      "ticket_types.2.price",
      "ticket_types.2.currency_code",
      "ticket_types.3.sales_ends_at",
      "ticket_types.4.sales_ends_at",
      "ticket_types.5.max_dependents",
    ])
  })

  it("should refuse an empty list, names already taken and currencies the store lacks", () => {
    expect(fields(ticketTypeIssues([], rules))).toEqual(["ticket_types"])
    expect(fields(ticketTypeIssues([ga], { ...rules, itemField: () => "", takenNames: ["GENERAL admission"] }))).toEqual(["name"])
    expect(fields(ticketTypeIssues([{ ...ga, currency_code: "usd" }], { ...rules, currencies: ["eur"] }))).toEqual([
      "ticket_types.0.currency_code",
    ])
  })
})

describe("statusTransitionIssues", () => {
  it("should allow exactly draft → published → ended and draft | published → cancelled", () => {
    const allowed = Object.entries(EVENT_STATUS_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`))
    expect(allowed.sort()).toEqual(["draft→cancelled", "draft→published", "published→cancelled", "published→ended"])
    expect(statusTransitionIssues("published", "published")).toEqual([])
    expect(statusTransitionIssues("draft", undefined)).toEqual([])
    expect(statusTransitionIssues("published", "draft")).toEqual([
      { field: "status", message: "an event cannot go from published to draft (allowed: ended, cancelled)" },
    ])
    expect(statusTransitionIssues("cancelled", "published")[0].message).toBe("an event that is cancelled cannot change status")
  })
})

describe("venueZoneIssues", () => {
  it("should refuse repeated zone names and zones larger than the venue", () => {
    expect(venueZoneIssues([{ name: "Floor", capacity: 100 }], 100)).toEqual([])
    expect(
      fields(
        venueZoneIssues(
          [
            { name: "Floor", capacity: 10 },
            { name: "floor", capacity: 10 },
            { name: "Balcony", capacity: 101 },
          ],
          100
        )
      )
    ).toEqual(["zones.1.name", "zones.2.capacity"])
  })
})
