import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voidTicketWorkflow } from "../../../../../workflows"
import { refetchTicket } from "../../helpers"

/** Voids a valid ticket and revokes its credentials; a ticket already void or refunded is a 409. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await voidTicketWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ ticket: await refetchTicket(req.params.id, req.scope, req.queryConfig.fields) })
}
