import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPayoutWorkflow } from "../../../workflows"
import { listPayoutPage, refetchPayout } from "./helpers"
import type { AdminCreatePayoutType, AdminGetPayoutsParamsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutsParamsType>, res: MedusaResponse) {
  res.json(await listPayoutPage(req.scope, req.filterableFields, req.queryConfig))
}

/** Pays the event's organizer for what sold since its last payout (gross, fees at its fee_bps, net) under the next invoice number. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePayoutType>, res: MedusaResponse) {
  const { result } = await createPayoutWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ payout: await refetchPayout(result.id, req.scope, req.queryConfig.fields) })
}
