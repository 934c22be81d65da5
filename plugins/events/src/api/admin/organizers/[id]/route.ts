import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOrganizer } from "../helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ organizer: await refetchOrganizer(req.params.id, req.scope, req.queryConfig.fields) })
}
