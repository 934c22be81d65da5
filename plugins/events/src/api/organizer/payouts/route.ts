import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPayoutPage } from "../../admin/payouts/helpers"
import { organizerIdOf } from "../helpers"
import type { OrganizerGetPayoutsParamsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, OrganizerGetPayoutsParamsType>, res: MedusaResponse) {
  res.json(await listPayoutPage(req.scope, { ...req.filterableFields, organizer_id: organizerIdOf(req) }, req.queryConfig))
}
