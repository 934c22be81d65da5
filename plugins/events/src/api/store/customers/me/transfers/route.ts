import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { customerAddresses, storeTransferFields, withEffectiveStatus } from "../helpers"
import type { StoreGetTransfersParamsType } from "../validators"

/** Transfers the customer sent, transfers addressed to their email or mobile number, or both; newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetTransfersParamsType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { direction, limit, offset } = req.validatedQuery as StoreGetTransfersParamsType
  const { email, phone } = await customerAddresses(req.scope, customerId)
  const incoming = [...(email ? [{ to_email: email }] : []), ...(phone ? [{ to_phone: phone }] : [])]
  const outgoing = [{ from_customer_id: customerId }]
  const sides = direction === "incoming" ? incoming : direction === "outgoing" ? outgoing : [...outgoing, ...incoming]

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "ticket_transfer",
    fields: storeTransferFields,
    // a customer with no email or number has no incoming side: match nothing rather than everything
    filters: sides.length ? { $or: sides } : { id: [] },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } },
  })
  const transfers = data.map((transfer) => withEffectiveStatus(transfer))
  res.json({ transfers, count: metadata?.count ?? transfers.length, offset, limit })
}
