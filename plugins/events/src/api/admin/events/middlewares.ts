import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listEventQueryConfig, retrieveEventQueryConfig } from "./query-config"
import { AdminAddTicketType, AdminCreateEvent, AdminGetEventParams, AdminGetEventsParams, AdminUpdateEvent } from "./validators"

export const adminEventsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/events",
    middlewares: [validateAndTransformQuery(AdminGetEventsParams, listEventQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/events",
    middlewares: [
      validateAndTransformBody(AdminCreateEvent),
      validateAndTransformQuery(AdminGetEventParams, retrieveEventQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/events/:id",
    middlewares: [validateAndTransformQuery(AdminGetEventParams, retrieveEventQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/events/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateEvent),
      validateAndTransformQuery(AdminGetEventParams, retrieveEventQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/events/:id/ticket-types",
    middlewares: [
      validateAndTransformBody(AdminAddTicketType),
      validateAndTransformQuery(AdminGetEventParams, retrieveEventQueryConfig),
    ],
  },
]
