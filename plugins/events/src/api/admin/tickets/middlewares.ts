import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listTicketQueryConfig, retrieveTicketQueryConfig } from "./query-config"
import { AdminGetTicketParams, AdminGetTicketsParams } from "./validators"

export const adminTicketsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/tickets",
    middlewares: [validateAndTransformQuery(AdminGetTicketsParams, listTicketQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/tickets/:id",
    middlewares: [validateAndTransformQuery(AdminGetTicketParams, retrieveTicketQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/tickets/:id/void",
    middlewares: [validateAndTransformQuery(AdminGetTicketParams, retrieveTicketQueryConfig)],
  },
]
