import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTicketTypeWorkflow } from "../../../../../workflows"
import { refetchEvent } from "../../helpers"
import type { AdminAddTicketTypeType } from "../../validators"

/** Adds a ticket type (and its variant, stock and link) to the event; answers the whole event. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAddTicketTypeType>, res: MedusaResponse) {
  const { additional_data, ...ticketType } = req.validatedBody
  await addTicketTypeWorkflow(req.scope).run({ input: { event_id: req.params.id, ticket_type: ticketType, additional_data } })
  res.json({ event: await refetchEvent(req.params.id, req.scope, req.queryConfig.fields) })
}
