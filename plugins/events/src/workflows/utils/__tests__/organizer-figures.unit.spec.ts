import { payoutFigures, revenueByCurrency, type TicketSale } from "../ticket-sales"
import { editRequestChanges } from "../validations/edit-request"

const stored = { starts_at: "2027-06-01T18:00:00Z", ends_at: "2027-06-01T23:00:00Z", doors_open_at: null }

describe("editRequestChanges", () => {
  it("should normalise dates and keep only the fields it judged", () => {
    const { issues, changes } = editRequestChanges({ title: "New", starts_at: "2027-06-01T17:00:00+00:00", doors_open_at: null }, stored)
    expect(issues).toEqual([])
    expect(changes).toEqual({ title: "New", starts_at: "2027-06-01T17:00:00.000Z", doors_open_at: null })
  })

  it("should name changes.<field> for fields it does not take, bad shapes and a schedule that breaks", () => {
    const field = (changes: Record<string, unknown>) => editRequestChanges(changes, stored).issues[0]?.field
    expect(field({})).toBe("changes")
    expect(field({ is_featured: true })).toBe("changes.is_featured")
    expect(field({ description: 4 })).toBe("changes.description")
    expect(field({ images: ["https://x.test/a.jpg", "nope"] })).toBe("changes.images")
    expect(field({ starts_at: "2027-06-02T00:00:00Z" })).toBe("changes.ends_at")
    expect(field({ timezone: "Nowhere/Land" })).toBe("changes.timezone")
  })
})

describe("payoutFigures", () => {
  it("should take fees in cents, half up, from what earlier payouts did not cover", () => {
    expect(payoutFigures(210, 0, 725)).toEqual({ gross: 210, fees: 15.23, net: 194.77 })
    expect(payoutFigures(0.1 + 0.2, 0, 0)).toEqual({ gross: 0.3, fees: 0, net: 0.3 })
    expect(payoutFigures(330, 210, 725)).toEqual({ gross: 120, fees: 8.7, net: 111.3 })
    expect(payoutFigures(210, 210, 725).gross).toBe(0)
  })
})

describe("revenueByCurrency", () => {
  it("should count valid tickets only, per currency", () => {
    const sale = (status: TicketSale["status"], currency_code: string, amount: number): TicketSale => ({
      id: "tkt",
      event_id: "evt",
      ticket_type_id: "ttyp",
      status,
      created_at: new Date(),
      currency_code,
      amount,
    })
    expect(revenueByCurrency([sale("valid", "eur", 45.1), sale("valid", "eur", 0.2), sale("refunded", "eur", 45), sale("valid", "usd", 50)])).toEqual({
      eur: 45.3,
      usd: 50,
    })
  })
})
