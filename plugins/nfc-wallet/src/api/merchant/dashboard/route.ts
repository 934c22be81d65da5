import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"

/** Charge and refund counts and sums per currency: in total and since midnight UTC. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const since = new Date()
  since.setUTCHours(0, 0, 0, 0)
  const rows = await wallet.merchantStats(req.auth_context.actor_id, since)
  const currencies = [...new Set(rows.map((r) => r.currency_code))]
  const stats = currencies.map((currency_code) => {
    const of = (kind: string) => rows.find((r) => r.currency_code === currency_code && r.kind === kind)
    const charges = of("charge")
    const refunds = of("charge_refund")
    return {
      currency_code,
      charges: { count: charges?.count ?? 0, total: charges?.total ?? 0, today_count: charges?.since_count ?? 0, today_total: charges?.since_total ?? 0 },
      refunds: { count: refunds?.count ?? 0, total: refunds?.total ?? 0, today_count: refunds?.since_count ?? 0, today_total: refunds?.since_total ?? 0 },
      net: (charges?.total ?? 0) - (refunds?.total ?? 0),
    }
  })
  res.json({ dashboard: { since: since.toISOString(), stats } })
}
