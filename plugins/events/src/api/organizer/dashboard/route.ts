import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getOrganizerDashboardWorkflow } from "../../../workflows"
import { organizerIdOf } from "../helpers"

/** Figures over all the organizer's events; `checked_in` is null until a check-in plugin answers the workflow's hook. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await getOrganizerDashboardWorkflow(req.scope).run({ input: { organizer_id: organizerIdOf(req) } })
  res.json({ dashboard: result })
}
