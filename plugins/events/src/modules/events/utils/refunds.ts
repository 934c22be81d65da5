import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import { conflict, notAllowed, notFound } from "./errors"
import { lockOwnTicket } from "./ticket-lock"

export type RefundRequestInput = { ticket_id: string; customer_id: string; reason?: string | null }

export type ClaimedRefundRequest = { id: string; ticket_id: string; order_id: string | null }

/**
 * A pending refund request for one of the customer's valid tickets, unless the ticket is being
 * transferred. The ticket row lock serialises this against transfer offers; the partial unique
 * index (one pending request per ticket) turns a second request into a 409. Only the buyer may
 * ask: a refund goes back to the order's payment, which a ticket's recipient never made.
 */
export async function requestRefund(manager: SqlEntityManager, input: RefundRequestInput): Promise<string> {
  const ticket = await lockOwnTicket(manager, input.ticket_id, input.customer_id)
  const [firstTransfer] = await manager.execute<{ from_customer_id: string }[]>(
    `select from_customer_id from ticket_transfer
      where ticket_id = ? and status = 'accepted' and deleted_at is null
      order by accepted_at asc limit 1`,
    [input.ticket_id]
  )
  if (firstTransfer && firstTransfer.from_customer_id !== input.customer_id) {
    throw notAllowed("id", "a ticket received from someone else cannot be refunded: the money would go back to the buyer's payment")
  }
  const transfers = await manager.execute(
    `select id from ticket_transfer where ticket_id = ? and status = 'pending' and expires_at > now() and deleted_at is null`,
    [input.ticket_id]
  )
  if (transfers.length) throw conflict("id", `Ticket ${input.ticket_id} has a pending transfer`)
  const [created] = await manager.execute<{ id: string }[]>(
    `insert into ticket_refund_request (id, ticket_id, customer_id, order_id, reason, status)
     values (?, ?, ?, ?, ?, 'pending')
     on conflict (ticket_id) where status = 'pending' and deleted_at is null do nothing
     returning id`,
    [generateEntityId(undefined, "rfq"), input.ticket_id, input.customer_id, ticket.order_id, input.reason ?? null]
  )
  if (!created) throw conflict("id", `Ticket ${input.ticket_id} already has a pending refund request`)
  return created.id
}

/**
 * Moves a request from pending to `to` in one conditional UPDATE: of two concurrent decisions
 * exactly one wins, the other gets a 409. This is what makes approving idempotent: only the
 * winner goes on to move money.
 */
export async function decideRefundRequest(
  manager: SqlEntityManager,
  id: string,
  to: "approved" | "rejected",
  decision: { decided_by: string | null; decision_note?: string | null }
): Promise<ClaimedRefundRequest> {
  const [claimed] = await manager.execute<ClaimedRefundRequest[]>(
    `update ticket_refund_request set status = ?, decided_by = ?, decided_at = now(), decision_note = ?, updated_at = now()
      where id = ? and status = 'pending' and deleted_at is null
      returning id, ticket_id, order_id`,
    [to, decision.decided_by, decision.decision_note ?? null, id]
  )
  if (claimed) return claimed
  const [existing] = await manager.execute<{ status: string }[]>(
    `select status from ticket_refund_request where id = ? and deleted_at is null`,
    [id]
  )
  if (existing) throw conflict("id", `Refund request ${id} is already ${existing.status}`)
  throw notFound("id", `Refund request with id: ${id} was not found`)
}

/** Undoes an approval that could not be carried out (a workflow's compensation): pending again, no refund recorded. */
export async function reopenRefundRequest(manager: SqlEntityManager, id: string): Promise<void> {
  await manager.execute(
    `update ticket_refund_request set status = 'pending', decided_by = null, decided_at = null, decision_note = null, updated_at = now()
      where id = ? and status = 'approved' and refund_id is null`,
    [id]
  )
}

/** Marks a valid ticket refunded and bumps its version (its credentials are revoked); 409 when it is no longer valid. */
export async function refundTicket(manager: SqlEntityManager, ticketId: string): Promise<{ id: string; version: number }> {
  const [ticket] = await manager.execute<{ id: string; version: number }[]>(
    `update ticket set status = 'refunded', version = version + 1, updated_at = now()
      where id = ? and status = 'valid' and deleted_at is null
      returning id, version`,
    [ticketId]
  )
  if (!ticket) throw conflict("ticket_id", `Ticket ${ticketId} is no longer valid`)
  return ticket
}

/** Undoes `refundTicket` (a workflow's compensation): valid again, previous version. */
export async function unrefundTicket(manager: SqlEntityManager, ticketId: string): Promise<void> {
  await manager.execute(
    `update ticket set status = 'valid', version = version - 1, updated_at = now()
      where id = ? and status = 'refunded' and deleted_at is null`,
    [ticketId]
  )
}
