import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchPayout } from "../../../admin/payouts/helpers"
import { organizerIdOf } from "../../helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payout: await refetchPayout(req.params.id, req.scope, req.queryConfig.fields, organizerIdOf(req)) })
}
