import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import type { AdminGetLedgerTransactionsParamsType } from "../../wallets/validators"

/** The ledger's transactions with their postings, newest first; `?flagged=true` lists offline overdrafts for review. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerTransactionsParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [transactions, count] = await wallet.listAndCountLedgerTransactions(req.filterableFields, {
    skip,
    take,
    order: { created_at: "DESC" },
    relations: ["postings"],
  })
  res.json({ transactions, count, offset: skip, limit: take })
}
