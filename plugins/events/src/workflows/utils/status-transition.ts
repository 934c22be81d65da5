import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "./validations/field-error"

/** Tables whose rows move once from one status to another (a decision, a payment). */
type DecidedTable = "event_edit_request" | "payout"

/**
 * Moves a row from `from` to another status in one conditional UPDATE (`where status = from`), so of
 * two concurrent callers exactly one wins; the statement commits on its own, before any later step
 * runs. Throws 404 for no such row and 400 naming `status` when it has already left `from`.
 */
export async function transitionStatus(
  container: MedusaContainer,
  table: DecidedTable,
  id: string,
  from: string,
  set: Record<string, unknown> & { status: string }
): Promise<void> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const moved = await knex(table)
    .where({ id, status: from })
    .whereNull("deleted_at")
    .update({ ...set, updated_at: knex.fn.now() })
    .returning("id")
  if (moved.length) return

  const [row] = await knex(table).select("status").where({ id }).whereNull("deleted_at")
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${table} with id: ${id} was not found`)
  throw fieldError(MedusaError.Types.NOT_ALLOWED, "status", `${table} ${id} is already ${row.status}`)
}

/** Undoes `transitionStatus` (a workflow's compensation): writes `previous` back, only while the row is still `current`. */
export async function revertStatus(
  container: MedusaContainer,
  table: DecidedTable,
  id: string,
  current: string,
  previous: Record<string, unknown> & { status: string }
): Promise<void> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  await knex(table).where({ id, status: current }).update({ ...previous, updated_at: knex.fn.now() })
}
