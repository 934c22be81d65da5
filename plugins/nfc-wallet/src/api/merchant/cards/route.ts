import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"
import { cardScopeOf } from "../scope"

/** The card inventory at the merchant's stands: cards in stock for its events (or for no event), with counts per status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [cards, count] = await wallet.listAndCountCards(
    { ...cardScopeOf(await wallet.standsOf(req.auth_context.actor_id)), status: "in_stock" },
    { select: ["id", "serial_number", "kind", "event_id", "offline_cap"], skip, take, order: { serial_number: "ASC" } }
  )
  res.json({ cards, count, offset: skip, limit: take })
}
