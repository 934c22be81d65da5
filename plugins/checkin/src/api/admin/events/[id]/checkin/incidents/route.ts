import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadTickets } from "../../../../../../gate/tickets"
import { checkinOf, requireEvent } from "../../../../helpers"
import type { AdminGetIncidentsParamsType } from "../../../../validators"

/** What ushers reported at the event's gates, newest first, with the ticket's code and holder when there is one. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetIncidentsParamsType>, res: MedusaResponse) {
  await requireEvent(req.scope, req.params.id)
  const { type, offset, limit } = req.validatedQuery as AdminGetIncidentsParamsType
  const [incidents, count] = await checkinOf(req.scope).listAndCountIncidents(
    { event_id: req.params.id, ...(type ? { type } : {}) },
    { order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  const tickets = await loadTickets(req.scope, [...new Set(incidents.flatMap((incident) => incident.ticket_id ?? []))])
  res.json({
    incidents: incidents.map((incident) => {
      const ticket = incident.ticket_id ? tickets.get(incident.ticket_id) : undefined
      return { ...incident, ticket_code: ticket?.code ?? null, holder_name: ticket?.holder_name ?? null }
    }),
    count,
    offset,
    limit,
  })
}
