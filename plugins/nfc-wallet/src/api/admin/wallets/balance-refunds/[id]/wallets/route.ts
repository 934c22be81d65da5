import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../../../workflows/utils/services"
import type { AdminGetBalanceRefundOutcomesParamsType } from "../../../validators"
import { OUTCOME_FIELDS, runOr404 } from "../../run-view"

/** A run's wallets with their outcome (`?status=failed` for the ones to look at): amount refunded, balance left, error. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetBalanceRefundOutcomesParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const run = await runOr404(wallet, req.params.id)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [wallets, count] = await wallet.listAndCountBalanceRefundOutcomes(
    { ...req.filterableFields, run_id: run.id },
    { select: OUTCOME_FIELDS, skip, take, order: { wallet_id: "ASC" } }
  )
  res.json({ wallets, count, offset: skip, limit: take })
}
