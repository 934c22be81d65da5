import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { conflict, notAllowed, notFound } from "./errors"
import { lockOwnTicket } from "./ticket-lock"

export type DependentAttachment = { ticket_id: string; dependent_id: string; customer_id: string }

/**
 * Attaches one of the customer's dependents to one of their valid tickets whose type allows
 * dependents, below its maximum. The ticket row is locked while counting, so two concurrent
 * attaches for the last place cannot both succeed. Attaching again changes nothing.
 */
export async function attachDependent(manager: SqlEntityManager, input: DependentAttachment): Promise<void> {
  const ticket = await lockOwnTicket(manager, input.ticket_id, input.customer_id)
  const [dependent] = await manager.execute(
    `select id from dependent where id = ? and customer_id = ? and deleted_at is null`,
    [input.dependent_id, input.customer_id]
  )
  if (!dependent) throw notFound("dependent_id", `Dependent with id: ${input.dependent_id} was not found`)
  if (!ticket.allows_dependents) throw notAllowed("dependent_id", "this ticket's type does not admit dependents")
  const attached = await manager.execute<{ dependent_id: string }[]>(
    `select dependent_id from ticket_dependent where ticket_id = ?`,
    [input.ticket_id]
  )
  if (attached.some((row) => row.dependent_id === input.dependent_id)) return
  if (attached.length >= ticket.max_dependents) {
    throw conflict("dependent_id", `this ticket already has ${ticket.max_dependents} dependent(s), the most its type allows`)
  }
  await manager.execute(`insert into ticket_dependent (ticket_id, dependent_id) values (?, ?)`, [input.ticket_id, input.dependent_id])
}

/** Detaches a dependent from one of the customer's tickets; 404 when it is not attached there. */
export async function detachDependent(manager: SqlEntityManager, input: DependentAttachment): Promise<void> {
  await lockOwnTicket(manager, input.ticket_id, input.customer_id, { mustBeValid: false })
  const removed = await manager.execute(
    `delete from ticket_dependent where ticket_id = ? and dependent_id = ? returning dependent_id`,
    [input.ticket_id, input.dependent_id]
  )
  if (!removed.length) throw notFound("dependent_id", `Dependent ${input.dependent_id} is not attached to ticket ${input.ticket_id}`)
}

/** Removes one of the customer's dependents, and with it every attachment to a ticket. */
export async function removeDependent(manager: SqlEntityManager, id: string, customerId: string): Promise<void> {
  const [removed] = await manager.execute(
    `update dependent set deleted_at = now(), updated_at = now() where id = ? and customer_id = ? and deleted_at is null returning id`,
    [id, customerId]
  )
  if (!removed) throw notFound("id", `Dependent with id: ${id} was not found`)
  await manager.execute(`delete from ticket_dependent where dependent_id = ?`, [id])
}
