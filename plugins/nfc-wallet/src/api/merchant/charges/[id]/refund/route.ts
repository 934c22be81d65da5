import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundWalletChargeWorkflow } from "../../../../../workflows"
import { REPLAY_HEADER, toCharge } from "../../helpers"

/** Refunds one of the merchant's charges in full, at most once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await refundWalletChargeWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, charge_id: req.params.id },
  })
  res.setHeader(REPLAY_HEADER, String(result.replayed))
  res.json({ refund: toCharge(result) })
}
