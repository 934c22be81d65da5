import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetRefundRequestsParamsType } from "./validators"

/** Refund requests, filterable by status (`status=pending` for the queue), ticket and customer. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetRefundRequestsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: refund_requests, metadata } = await query.graph({
    entity: "ticket_refund_request",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ refund_requests, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
