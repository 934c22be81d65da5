import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { syncOfflineChargesWorkflow } from "../../../../workflows"
import { toCharge } from "../helpers"
import type { MerchantSyncChargesType } from "../validators"

/** Syncs a stand's offline debits; each answer says applied, duplicate (already synced) or rejected, with flags. */
export async function POST(req: AuthenticatedMedusaRequest<MerchantSyncChargesType>, res: MedusaResponse) {
  const { result } = await syncOfflineChargesWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, charges: req.validatedBody.charges },
  })
  res.json({
    results: result.map(({ transaction, ...outcome }) => ({ ...outcome, charge: transaction ? toCharge(transaction) : null })),
  })
}
