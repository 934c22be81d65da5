import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminEditRequestsMiddlewares } from "./edit-requests/middlewares"
import { adminEventsMiddlewares } from "./events/middlewares"
import { adminOrganizersMiddlewares } from "./organizers/middlewares"
import { adminPayoutsMiddlewares } from "./payouts/middlewares"
import { adminRefundRequestsMiddlewares } from "./refund-requests/middlewares"
import { adminTicketsMiddlewares } from "./tickets/middlewares"
import { adminVenuesMiddlewares } from "./venues/middlewares"

/** One list per admin resource, each kept beside its routes. */
export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminEventsMiddlewares,
  ...adminVenuesMiddlewares,
  ...adminOrganizersMiddlewares,
  ...adminEditRequestsMiddlewares,
  ...adminPayoutsMiddlewares,
  ...adminTicketsMiddlewares,
  ...adminRefundRequestsMiddlewares,
]
