import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { normalizeEmail, normalizePhone } from "../../../../workflows/utils/contact"

/** How a customer sees a transfer; never the token's hash, nor the other customer's id. */
export const storeTransferFields = [
  "id",
  "kind",
  "status",
  "to_email",
  "to_phone",
  "message",
  "expires_at",
  "accepted_at",
  "created_at",
  "ticket.id",
  "ticket.code",
  "ticket.event.id",
  "ticket.event.title",
  "ticket.event.starts_at",
  "ticket.ticket_type.name",
]

export const storeRefundRequestFields = [
  "id",
  "ticket_id",
  "status",
  "reason",
  "amount",
  "currency_code",
  "decision_note",
  "decided_at",
  "created_at",
]

export const storeDependentFields = ["id", "name", "birth_date", "relation", "created_at"]

type TransferRow = { status: string; expires_at: Date | string; [field: string]: unknown }

/** A pending transfer past its expiry reads as expired (the row itself is marked at the next offer). */
export function withEffectiveStatus<T extends TransferRow>(transfer: T, now = Date.now()): T {
  const lapsed = transfer.status === "pending" && new Date(transfer.expires_at).getTime() <= now
  return lapsed ? { ...transfer, status: "expired" } : transfer
}

/** The addresses a transfer may be sent to for this customer, normalised as offers store them. */
export async function customerAddresses(scope: MedusaContainer, customerId: string) {
  const customer = await scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["email", "phone"] })
  return {
    email: customer.email ? normalizeEmail(customer.email) : null,
    phone: customer.phone ? normalizePhone(customer.phone) : null,
  }
}

/** One row of the customer's, read after a change; 404 when it is not theirs. */
export async function refetchOwn(
  scope: MedusaContainer,
  entity: string,
  filters: Record<string, unknown>,
  fields: string[],
  label: string
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [row] } = await query.graph({ entity, fields, filters })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${String(filters.id)} was not found`)
  return row as Record<string, unknown>
}

/** A ticket's dependents as its holder sees them; the caller has already proven the ticket is theirs. */
export async function ticketDependents(scope: MedusaContainer, ticketId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [ticket] } = await query.graph({
    entity: "ticket",
    fields: ["id", ...storeDependentFields.map((field) => `dependents.${field}`)],
    filters: { id: ticketId },
  })
  return (ticket as { dependents?: unknown[] } | undefined)?.dependents ?? []
}
