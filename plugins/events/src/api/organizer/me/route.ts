import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOrganizer } from "../../admin/organizers/helpers"
import { organizerIdOf } from "../helpers"
import { organizerFields } from "../query-config"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ organizer: await refetchOrganizer(organizerIdOf(req), req.scope, organizerFields) })
}
