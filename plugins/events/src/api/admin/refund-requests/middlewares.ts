import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listRefundRequestQueryConfig, retrieveRefundRequestQueryConfig } from "./query-config"
import { AdminGetRefundRequestParams, AdminGetRefundRequestsParams, AdminRejectRefundRequest } from "./validators"

const retrieve = validateAndTransformQuery(AdminGetRefundRequestParams, retrieveRefundRequestQueryConfig)

export const adminRefundRequestsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/refund-requests",
    middlewares: [validateAndTransformQuery(AdminGetRefundRequestsParams, listRefundRequestQueryConfig)],
  },
  { methods: ["POST"], matcher: "/admin/refund-requests/:id/approve", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/admin/refund-requests/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectRefundRequest), retrieve],
  },
]
