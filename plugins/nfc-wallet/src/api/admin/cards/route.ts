import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"
import type { AdminGetCardsParamsType } from "./validators"

/** The card inventory, filterable by status, holder and serial number. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetCardsParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [cards, count] = await wallet.listAndCountCards(req.filterableFields, { skip, take, order: { created_at: "DESC" } })
  res.json({ cards, count, offset: skip, limit: take })
}
