import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundWalletBalanceWorkflow } from "../../../../../workflows"

/** Refunds one wallet's remaining balance to its top-up payments (newest first); a second call refunds nothing more. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await refundWalletBalanceWorkflow(req.scope).run({
    input: { wallet_id: req.params.id, requested_by: req.auth_context.actor_id },
  })
  res.json({ balance_refund: result })
}
