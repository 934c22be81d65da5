import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listOrganizerQueryConfig, retrieveOrganizerQueryConfig } from "./query-config"
import { AdminCreateOrganizer, AdminGetOrganizerParams, AdminGetOrganizersParams, AdminSetOrganizerPassword } from "./validators"

export const adminOrganizersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/organizers",
    middlewares: [validateAndTransformQuery(AdminGetOrganizersParams, listOrganizerQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/organizers",
    middlewares: [
      validateAndTransformBody(AdminCreateOrganizer),
      validateAndTransformQuery(AdminGetOrganizerParams, retrieveOrganizerQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/organizers/:id",
    middlewares: [validateAndTransformQuery(AdminGetOrganizerParams, retrieveOrganizerQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/organizers/:id/password",
    middlewares: [
      validateAndTransformBody(AdminSetOrganizerPassword),
      validateAndTransformQuery(AdminGetOrganizerParams, retrieveOrganizerQueryConfig),
    ],
  },
]
