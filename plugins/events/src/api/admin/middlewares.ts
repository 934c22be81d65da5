import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminEventsMiddlewares } from "./events/middlewares"
import { adminOrganizersMiddlewares } from "./organizers/middlewares"
import { adminVenuesMiddlewares } from "./venues/middlewares"

/** One list per admin resource, each kept beside its routes. */
export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminEventsMiddlewares,
  ...adminVenuesMiddlewares,
  ...adminOrganizersMiddlewares,
]
