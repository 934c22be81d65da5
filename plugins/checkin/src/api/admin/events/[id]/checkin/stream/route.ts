import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveStream } from "../../../../../utils/live-stream"
import { requireEvent } from "../../../../helpers"

/** The admin's live view: the ushers' stream, conflicts included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  await liveStream(req, res, req.params.id, { conflicts: true })
}
