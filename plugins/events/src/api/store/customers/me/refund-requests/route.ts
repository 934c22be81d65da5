import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeRefundRequestFields } from "../helpers"
import type { StoreGetPageParamsType } from "../validators"

/** The customer's refund requests, newest first, with the decision once there is one. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetPageParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreGetPageParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: refund_requests, metadata } = await query.graph({
    entity: "ticket_refund_request",
    fields: storeRefundRequestFields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } },
  })
  res.json({ refund_requests, count: metadata?.count ?? refund_requests.length, offset, limit })
}
