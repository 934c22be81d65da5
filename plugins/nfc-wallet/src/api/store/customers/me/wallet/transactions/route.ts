import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../../../workflows/utils/services"
import type { StoreGetWalletTransactionsParamsType } from "../../validators"

/** The customer's own wallet statement, newest first, paginated (limit/offset, count). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetWalletTransactionsParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { currency_code } = req.validatedQuery as StoreGetWalletTransactionsParamsType
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const [found] = await wallet.listWallets({ customer_id: req.auth_context.actor_id, currency_code })
  const { transactions, count } = found ? await wallet.walletStatement(found.id, { skip, take }) : { transactions: [], count: 0 }
  res.json({ transactions, count, offset: skip, limit: take })
}
