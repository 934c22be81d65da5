type Level = { stocked_quantity?: unknown; reserved_quantity?: unknown } | null
type InventoryLink = {
  inventory_item_id?: string | null
  required_quantity?: unknown
  inventory?: { location_levels?: Level[] | null } | null
} | null

/** A cart line as completeCartWorkflow reads it (only what the stock check needs). */
export type StockLine = {
  id: string
  title?: string | null
  quantity: unknown
  variant?: { manage_inventory?: boolean | null; allow_backorder?: boolean | null; inventory_items?: InventoryLink[] | null } | null
}

export type Shortfall = { line_id: string; title: string; requested: number; left: number }

/**
 * The first line the stock cannot cover now: per inventory item, what all lines need against the best
 * location's stocked minus reserved. It errs towards letting a cart through (the best location, not
 * necessarily the one Medusa reserves at): Medusa's reservation stays the guarantee, this only turns a
 * sure loser away before an order exists.
 */
export function stockShortfall(lines: StockLine[]): Shortfall | undefined {
  const needed = new Map<string, number>()
  const available = new Map<string, number>()
  const usage: { line: StockLine; itemId: string; perUnit: number }[] = []
  for (const line of lines) {
    const variant = line.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      if (!link?.inventory_item_id) continue
      const perUnit = Number(link.required_quantity ?? 1)
      needed.set(link.inventory_item_id, (needed.get(link.inventory_item_id) ?? 0) + perUnit * Number(line.quantity))
      const levels = link.inventory?.location_levels ?? []
      const best = Math.max(0, ...levels.map((level) => Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0)))
      available.set(link.inventory_item_id, best)
      usage.push({ line, itemId: link.inventory_item_id, perUnit })
    }
  }
  for (const { line, itemId, perUnit } of usage) {
    const left = available.get(itemId) ?? 0
    if ((needed.get(itemId) ?? 0) > left) {
      return { line_id: line.id, title: line.title ?? "this item", requested: Number(line.quantity), left: Math.floor(left / perUnit) }
    }
  }
  return undefined
}
