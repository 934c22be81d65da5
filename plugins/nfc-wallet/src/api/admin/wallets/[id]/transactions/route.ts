import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../../workflows/utils/services"

/** One wallet's whole history, newest first, with the balance after each movement. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  await wallet.retrieveWallet(req.params.id)
  const { transactions, count } = await wallet.walletStatement(req.params.id, { skip, take })
  res.json({ transactions, count, offset: skip, limit: take })
}
