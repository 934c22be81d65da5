import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { listMerchantQueryConfig, retrieveMerchantQueryConfig } from "./query-config"
import { AdminCreateMerchant, AdminGetMerchantsParams } from "./validators"

export const adminMerchantsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/merchants",
    middlewares: [validateAndTransformQuery(AdminGetMerchantsParams, listMerchantQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/merchants",
    middlewares: [validateAndTransformBody(AdminCreateMerchant), validateAndTransformQuery(createSelectParams(), retrieveMerchantQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/merchants/:id",
    middlewares: [validateAndTransformQuery(createSelectParams(), retrieveMerchantQueryConfig)],
  },
]
