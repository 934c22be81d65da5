import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutPaidWorkflow } from "../../../../../workflows"
import { refetchPayout } from "../../helpers"

/** Records that the payout's money went out; a payout that is already paid gets 400 naming `status`. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await markPayoutPaidWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ payout: await refetchPayout(req.params.id, req.scope, req.queryConfig.fields) })
}
