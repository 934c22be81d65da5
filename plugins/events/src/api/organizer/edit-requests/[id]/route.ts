import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchEditRequest } from "../../../admin/edit-requests/helpers"
import { organizerIdOf } from "../../helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ edit_request: await refetchEditRequest(req.params.id, req.scope, req.queryConfig.fields, organizerIdOf(req)) })
}
