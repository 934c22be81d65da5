import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listEditRequestQueryConfig, retrieveEditRequestQueryConfig } from "./query-config"
import { AdminApproveEditRequest, AdminGetEditRequestParams, AdminGetEditRequestsParams, AdminRejectEditRequest } from "./validators"

export const adminEditRequestsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/edit-requests",
    middlewares: [validateAndTransformQuery(AdminGetEditRequestsParams, listEditRequestQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/edit-requests/:id",
    middlewares: [validateAndTransformQuery(AdminGetEditRequestParams, retrieveEditRequestQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/edit-requests/:id/approve",
    middlewares: [
      validateAndTransformBody(AdminApproveEditRequest),
      validateAndTransformQuery(AdminGetEditRequestParams, retrieveEditRequestQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/edit-requests/:id/reject",
    middlewares: [
      validateAndTransformBody(AdminRejectEditRequest),
      validateAndTransformQuery(AdminGetEditRequestParams, retrieveEditRequestQueryConfig),
    ],
  },
]
