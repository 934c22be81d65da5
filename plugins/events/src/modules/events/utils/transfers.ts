import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import { conflict, notFound } from "./errors"
import { lockOwnTicket } from "./ticket-lock"

export type TransferOffer = {
  ticket_id: string
  from_customer_id: string
  kind: "transfer" | "gift"
  to_email?: string | null
  to_phone?: string | null
  message?: string | null
  token_hash: string
  expires_at: Date
}

export type TransferRecipient = { customer_id: string; holder_name: string | null; holder_email: string | null }

export type AcceptedTransfer = { transfer_id: string; ticket_id: string; from_customer_id: string; version: number }

/**
 * Records a pending offer of one of the sender's valid tickets. The ticket row is locked, so an
 * offer and a refund request for the same ticket cannot both slip in; a lapsed offer is marked
 * expired first so it no longer blocks a new one; the partial unique index (one pending transfer
 * per ticket) is the last word. Returns the new transfer's id.
 */
export async function offerTicket(manager: SqlEntityManager, offer: TransferOffer): Promise<string> {
  await lockOwnTicket(manager, offer.ticket_id, offer.from_customer_id)
  await manager.execute(
    `update ticket_transfer set status = 'expired', updated_at = now()
      where ticket_id = ? and status = 'pending' and expires_at <= now() and deleted_at is null`,
    [offer.ticket_id]
  )
  const refunds = await manager.execute(
    `select id from ticket_refund_request where ticket_id = ? and status = 'pending' and deleted_at is null`,
    [offer.ticket_id]
  )
  if (refunds.length) throw conflict("id", `Ticket ${offer.ticket_id} has a pending refund request`)
  const [created] = await manager.execute<{ id: string }[]>(
    `insert into ticket_transfer (id, ticket_id, kind, status, from_customer_id, to_email, to_phone, token_hash, message, expires_at)
     values (?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)
     on conflict (ticket_id) where status = 'pending' and deleted_at is null do nothing
     returning id`,
    [
      generateEntityId(undefined, "ttr"),
      offer.ticket_id,
      offer.kind,
      offer.from_customer_id,
      offer.to_email ?? null,
      offer.to_phone ?? null,
      offer.token_hash,
      offer.message ?? null,
      offer.expires_at,
    ]
  )
  if (!created) throw conflict("id", `Ticket ${offer.ticket_id} already has a pending transfer`)
  return created.id
}

/**
 * Moves the ticket to the recipient: the transfer goes pending → accepted only if it is still
 * pending and unexpired, and the ticket changes hands (version + 1, so the sender's credential is
 * revoked) only if the sender still holds it valid. Both are conditional UPDATEs in one
 * transaction: of two concurrent accepts the second finds the transfer accepted and gets a 409.
 * The sender's dependents stay with the sender.
 */
export async function acceptTransfer(
  manager: SqlEntityManager,
  transferId: string,
  recipient: TransferRecipient
): Promise<AcceptedTransfer> {
  const [accepted] = await manager.execute<{ ticket_id: string; from_customer_id: string }[]>(
    `update ticket_transfer set status = 'accepted', accepted_at = now(), accepted_by_customer_id = ?, updated_at = now()
      where id = ? and status = 'pending' and expires_at > now() and deleted_at is null
      returning ticket_id, from_customer_id`,
    [recipient.customer_id, transferId]
  )
  if (!accepted) throw await transferStateError(manager, transferId)
  const [ticket] = await manager.execute<{ version: number }[]>(
    `update ticket set customer_id = ?, holder_name = ?, holder_email = ?, version = version + 1, updated_at = now()
      where id = ? and customer_id = ? and status = 'valid' and deleted_at is null
      returning version`,
    [recipient.customer_id, recipient.holder_name, recipient.holder_email, accepted.ticket_id, accepted.from_customer_id]
  )
  if (!ticket) throw conflict("id", `Ticket ${accepted.ticket_id} can no longer be transferred`)
  await manager.execute(`delete from ticket_dependent where ticket_id = ?`, [accepted.ticket_id])
  return { transfer_id: transferId, ticket_id: accepted.ticket_id, from_customer_id: accepted.from_customer_id, version: ticket.version }
}

/** The sender withdraws a pending offer; another customer's transfer is not found. */
export async function cancelTransfer(manager: SqlEntityManager, transferId: string, fromCustomerId: string): Promise<void> {
  const [cancelled] = await manager.execute(
    `update ticket_transfer set status = 'cancelled', updated_at = now()
      where id = ? and from_customer_id = ? and status = 'pending' and deleted_at is null
      returning id`,
    [transferId, fromCustomerId]
  )
  if (cancelled) return
  const [own] = await manager.execute(
    `select id from ticket_transfer where id = ? and from_customer_id = ? and deleted_at is null`,
    [transferId, fromCustomerId]
  )
  throw own ? conflict("id", `Transfer ${transferId} is no longer pending`) : notFound("id", `Transfer with id: ${transferId} was not found`)
}

async function transferStateError(manager: SqlEntityManager, transferId: string) {
  const [transfer] = await manager.execute<{ status: string; expires_at: Date }[]>(
    `select status, expires_at from ticket_transfer where id = ? and deleted_at is null`,
    [transferId]
  )
  if (!transfer) return notFound("id", `Transfer with id: ${transferId} was not found`)
  const state = transfer.status === "pending" ? "expired" : transfer.status
  return conflict("id", `Transfer ${transferId} is ${state}`)
}
