import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateEventWorkflow } from "../../../../workflows"
import { refetchEvent } from "../helpers"
import type { AdminUpdateEventType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ event: await refetchEvent(req.params.id, req.scope, req.queryConfig.fields) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateEventType>, res: MedusaResponse) {
  await updateEventWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ event: await refetchEvent(req.params.id, req.scope, req.queryConfig.fields) })
}
