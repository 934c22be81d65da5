import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundWalletBalanceWorkflow } from "../../../../workflows"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import type { AdminRefundEventBalancesType } from "../validators"

/**
 * After an event: every wallet with money left whose holder had a card for it, refunded one wallet at a
 * time (each its own workflow, so one provider's refusal stops nobody else's). Safe to run again: each
 * piece is keyed by its top-up, so a retried run refunds only what is still left.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRefundEventBalancesType>, res: MedusaResponse) {
  const walletIds = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).walletsWithBalanceAtEvent(req.validatedBody.event_id)
  const balance_refunds = []
  for (const wallet_id of walletIds) {
    const { result } = await refundWalletBalanceWorkflow(req.scope).run({ input: { wallet_id, requested_by: req.auth_context.actor_id } })
    balance_refunds.push(result)
  }
  res.json({ balance_refunds, count: balance_refunds.length })
}
