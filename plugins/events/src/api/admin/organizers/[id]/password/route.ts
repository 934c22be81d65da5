import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOrganizerPasswordWorkflow } from "../../../../../workflows"
import { refetchOrganizer } from "../../helpers"
import type { AdminSetOrganizerPasswordType } from "../../validators"

/** Sets or resets the organizer's login password (creating the login if it has none). */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetOrganizerPasswordType>, res: MedusaResponse) {
  await setOrganizerPasswordWorkflow(req.scope).run({ input: { organizer_id: req.params.id, password: req.validatedBody.password } })
  res.json({ organizer: await refetchOrganizer(req.params.id, req.scope, req.queryConfig.fields) })
}
