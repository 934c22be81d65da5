import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { conflict, notFound } from "./errors"

export type LockedTicket = {
  id: string
  status: string
  version: number
  order_id: string | null
  line_item_id: string | null
  allows_dependents: boolean
  max_dependents: number
}

/**
 * Locks one of the customer's tickets for the rest of the transaction (`for update`), so every
 * change that depends on the ticket's state (offering it, asking for its money back, attaching a
 * dependent) runs one at a time per ticket. Someone else's ticket is not found, like a missing one.
 */
export async function lockOwnTicket(
  manager: SqlEntityManager,
  ticketId: string,
  customerId: string,
  { field = "id", mustBeValid = true } = {}
): Promise<LockedTicket> {
  const [ticket] = await manager.execute<LockedTicket[]>(
    `select t.id, t.status, t.version, t.order_id, t.line_item_id, tt.allows_dependents, tt.max_dependents
       from ticket t join ticket_type tt on tt.id = t.ticket_type_id
      where t.id = ? and t.customer_id = ? and t.deleted_at is null
      for update of t`,
    [ticketId, customerId]
  )
  if (!ticket) throw notFound(field, `Ticket with id: ${ticketId} was not found`)
  if (mustBeValid && ticket.status !== "valid") throw conflict(field, `Ticket ${ticketId} is ${ticket.status}`)
  return ticket
}
