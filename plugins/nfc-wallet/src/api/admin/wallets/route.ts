import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"
import type { AdminGetWalletsParamsType } from "./validators"

/** Every wallet with its balance. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetWalletsParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [wallets, count] = await wallet.listAndCountWallets(req.filterableFields, { skip, take, order: { created_at: "DESC" } })
  const accounts = wallets.length ? await wallet.listLedgerAccounts({ id: wallets.map((w) => w.account_id) }, { select: ["id", "balance"] }) : []
  const balanceOf = new Map(accounts.map((a) => [a.id, a.balance]))
  res.json({ wallets: wallets.map((w) => ({ ...w, balance: balanceOf.get(w.account_id) ?? 0 })), count, offset: skip, limit: take })
}
