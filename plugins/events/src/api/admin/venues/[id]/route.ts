import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVenueWorkflow } from "../../../../workflows"
import { refetchVenue } from "../helpers"
import type { AdminUpdateVenueType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ venue: await refetchVenue(req.params.id, req.scope, req.queryConfig.fields) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateVenueType>, res: MedusaResponse) {
  await updateVenueWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ venue: await refetchVenue(req.params.id, req.scope, req.queryConfig.fields) })
}
