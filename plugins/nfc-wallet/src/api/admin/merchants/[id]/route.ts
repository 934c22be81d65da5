import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchMerchant } from "../helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ merchant: await refetchMerchant(req.params.id, req.scope, req.queryConfig.fields) })
}
