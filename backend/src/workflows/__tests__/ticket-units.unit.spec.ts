import { orderVariantIds, ticketUnitsOf, type OrderForTickets } from "../utils/ticket-units"

const order: OrderForTickets = {
  id: "order_1",
  status: "pending",
  email: "ada@tessera.test",
  customer_id: "cus_1",
  customer: { first_name: "Ada", last_name: "Lovelace" },
  billing_address: { first_name: "Billing", last_name: "Name" },
  items: [
    { id: "ordli_ticket", variant_id: "variant_ticket", detail: { quantity: 2 } },
    { id: "ordli_merch", variant_id: "variant_merch", detail: { quantity: 1 } },
    { id: "ordli_custom", variant_id: null, detail: { quantity: 1 } },
  ],
}
const variants = [
  { id: "variant_ticket", ticket_type: { id: "ttyp_1", event_id: "evt_1" } },
  { id: "variant_merch", ticket_type: null },
]

describe("ticketUnitsOf", () => {
  it("should make one unit per ticket and skip lines that are not tickets", () => {
    const units = ticketUnitsOf(order, variants)
    expect(units).toEqual([0, 1].map((unit_index) => ({
      order_id: "order_1",
      line_item_id: "ordli_ticket",
      unit_index,
      event_id: "evt_1",
      ticket_type_id: "ttyp_1",
      customer_id: "cus_1",
      holder_name: "Ada Lovelace",
      holder_email: "ada@tessera.test",
    })))
  })

  it("should name the holder from the billing address when the customer has no name", () => {
    const [unit] = ticketUnitsOf({ ...order, customer: null }, variants)
    expect(unit.holder_name).toBe("Billing Name")
  })

  it("should issue nothing for a canceled or missing order", () => {
    expect(ticketUnitsOf({ ...order, status: "canceled" }, variants)).toEqual([])
    expect(ticketUnitsOf(undefined, variants)).toEqual([])
  })
})

describe("orderVariantIds", () => {
  it("should list each variant once and skip custom lines", () => {
    const twice = { ...order, items: [...order.items!, { id: "ordli_again", variant_id: "variant_ticket", detail: { quantity: 1 } }] }
    expect(orderVariantIds(twice)).toEqual(["variant_ticket", "variant_merch"])
  })
})
