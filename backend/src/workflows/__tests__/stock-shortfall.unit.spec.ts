import { type StockLine, stockShortfall } from "../utils/stock-shortfall"

const line = (id: string, quantity: number, levels: [number, number][], opts: Partial<{ item: string; perUnit: number; manage: boolean; backorder: boolean }> = {}): StockLine => ({
  id,
  title: `Line ${id}`,
  quantity,
  variant: {
    manage_inventory: opts.manage ?? true,
    allow_backorder: opts.backorder ?? false,
    inventory_items: [
      {
        inventory_item_id: opts.item ?? `iitem_${id}`,
        required_quantity: opts.perUnit ?? 1,
        inventory: { location_levels: levels.map(([stocked, reserved]) => ({ stocked_quantity: stocked, reserved_quantity: reserved })) },
      },
    ],
  },
})

describe("stockShortfall", () => {
  it("should pass a cart the best location can cover", () => {
    expect(stockShortfall([line("a", 2, [[10, 9], [5, 3]])])).toBeUndefined()
  })

  it("should name the line the stock cannot cover, with what is left", () => {
    expect(stockShortfall([line("a", 1, [[5, 1]]), line("b", 3, [[500, 498]])])).toEqual({ line_id: "b", title: "Line b", requested: 3, left: 2 })
  })

  it("should add up lines that draw on the same inventory item, and count bundles", () => {
    const shared = { item: "iitem_seat" }
    expect(stockShortfall([line("a", 2, [[4, 0]], shared), line("b", 2, [[4, 0]], shared)])).toBeUndefined()
    expect(stockShortfall([line("a", 2, [[4, 0]], shared), line("b", 3, [[4, 0]], shared)])?.line_id).toBe("a")
    expect(stockShortfall([line("a", 2, [[5, 0]], { perUnit: 3 })])).toMatchObject({ requested: 2, left: 1 })
  })

  it("should leave unmanaged and backorderable lines alone, and treat no level as none left", () => {
    expect(stockShortfall([line("a", 9, [[0, 0]], { manage: false }), line("b", 9, [[0, 0]], { backorder: true })])).toBeUndefined()
    expect(stockShortfall([line("a", 1, [])])).toMatchObject({ left: 0 })
  })
})
