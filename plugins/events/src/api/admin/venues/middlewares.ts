import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listVenueQueryConfig, retrieveVenueQueryConfig } from "./query-config"
import { AdminCreateVenue, AdminGetVenueParams, AdminGetVenuesParams, AdminUpdateVenue } from "./validators"

export const adminVenuesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/venues",
    middlewares: [validateAndTransformQuery(AdminGetVenuesParams, listVenueQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/venues",
    middlewares: [
      validateAndTransformBody(AdminCreateVenue),
      validateAndTransformQuery(AdminGetVenueParams, retrieveVenueQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/venues/:id",
    middlewares: [validateAndTransformQuery(AdminGetVenueParams, retrieveVenueQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/venues/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateVenue),
      validateAndTransformQuery(AdminGetVenueParams, retrieveVenueQueryConfig),
    ],
  },
]
