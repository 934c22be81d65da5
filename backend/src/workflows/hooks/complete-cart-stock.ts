import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { type StockLine, stockShortfall } from "../utils/stock-shortfall"

/**
 * Sold out is decided before the order exists. Medusa creates the order first and reserves stock after, in a
 * parallel group; a buyer who loses there is rolled back by compensation, which in a rush is most buyers, and
 * under load the in-memory workflow engine can lose that rollback (docs/architecture.md, "Medusa traps"),
 * leaving an order without seat. Completions queue (checkout gate), so the stock read here is at most a
 * completion or two old; Medusa's reservation still decides the close calls.
 */
completeCartWorkflow.hooks.validate(({ cart }) => {
  const shortfall = stockShortfall(((cart as { items?: StockLine[] }).items ?? []) as StockLine[])
  if (!shortfall) return
  const { title, requested, left } = shortfall
  throw Object.assign(
    new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sold out: ${left} of '${title}' left, the cart asks for ${requested}.`),
    { field: "items" }
  )
})
