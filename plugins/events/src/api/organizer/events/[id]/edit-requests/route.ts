import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createEditRequestWorkflow } from "../../../../../workflows"
import { refetchEditRequest } from "../../../../admin/edit-requests/helpers"
import { organizerIdOf } from "../../../helpers"
import type { OrganizerCreateEditRequestType } from "../../../validators"

/** Asks an admin to change one of the organizer's events; 404 for an event that is not theirs. */
export async function POST(req: AuthenticatedMedusaRequest<OrganizerCreateEditRequestType>, res: MedusaResponse) {
  const organizerId = organizerIdOf(req)
  const { result } = await createEditRequestWorkflow(req.scope).run({
    input: { ...req.validatedBody, event_id: req.params.id, organizer_id: organizerId },
  })
  res.json({ edit_request: await refetchEditRequest(result.id, req.scope, req.queryConfig.fields, organizerId) })
}
