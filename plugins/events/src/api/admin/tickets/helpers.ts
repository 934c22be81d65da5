import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { defaultAdminRefundRequestFields } from "../refund-requests/query-config"

/** One ticket with its transfers, dependents and refund requests; 404 when there is none. */
export async function refetchTicket(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [ticket] } = await query.graph({ entity: "ticket", fields, filters: { id } })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  const { data: refund_requests } = await query.graph({
    entity: "ticket_refund_request",
    fields: defaultAdminRefundRequestFields,
    filters: { ticket_id: id },
    pagination: { order: { created_at: "DESC" } },
  })
  return { ...ticket, refund_requests }
}
