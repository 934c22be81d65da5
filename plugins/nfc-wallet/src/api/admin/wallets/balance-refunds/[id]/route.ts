import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../../workflows/utils/services"
import { runOr404 } from "../run-view"

/** One run with its progress and what it refunded so far per currency (`refunded: {eur: 3200}`, minor units). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const run = await runOr404(wallet, req.params.id)
  res.json({ balance_refund_run: { ...run, refunded: await wallet.balanceRefundRunTotals(run.id) } })
}
