import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"
import type { AdminGetWalletsParamsType } from "./validators"
import { customersMatching } from "./wallet-search"
import { walletViews } from "./wallet-view"

/**
 * Every wallet with its balance and holder, newest first. `q` finds wallets by their holder's
 * email or name, or by the serial number of a card the holder has.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetWalletsParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const { q, customer_id, ...filters } = req.filterableFields as AdminGetWalletsParamsType
  let customerIds: string[] | undefined = customer_id ? [customer_id] : undefined
  if (q) {
    const matching = await customersMatching(req.scope, q)
    customerIds = customerIds ? customerIds.filter((id) => matching.includes(id)) : matching
  }
  if (customerIds && !customerIds.length) return void res.json({ wallets: [], count: 0, offset: skip, limit: take })
  const [wallets, count] = await wallet.listAndCountWallets(
    { ...filters, ...(customerIds ? { customer_id: customerIds } : {}) },
    { skip, take, order: { created_at: "DESC" } }
  )
  res.json({ wallets: await walletViews(req.scope, wallets), count, offset: skip, limit: take })
}
