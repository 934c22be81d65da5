import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listPayoutQueryConfig, retrievePayoutQueryConfig } from "./query-config"
import { AdminCreatePayout, AdminGetPayoutParams, AdminGetPayoutsParams } from "./validators"

export const adminPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/payouts",
    middlewares: [validateAndTransformQuery(AdminGetPayoutsParams, listPayoutQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/payouts",
    middlewares: [validateAndTransformBody(AdminCreatePayout), validateAndTransformQuery(AdminGetPayoutParams, retrievePayoutQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/payouts/:id",
    middlewares: [validateAndTransformQuery(AdminGetPayoutParams, retrievePayoutQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/payouts/:id/mark-paid",
    middlewares: [validateAndTransformQuery(AdminGetPayoutParams, retrievePayoutQueryConfig)],
  },
]
