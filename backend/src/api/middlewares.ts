import { defineMiddlewares } from "@medusajs/framework/http"
import { ACTOR_ROUTE_FAMILIES, actorCors } from "./middlewares/actor-cors"
import { checkoutGate } from "./middlewares/checkout-gate"
import { errorShape } from "./middlewares/error-shape"
import { hotLane } from "./middlewares/hot-lane"
import { rateLimit } from "./middlewares/rate-limit"
import { bindRequestId } from "./middlewares/request-id"
import { adminCredentialsMiddlewares } from "./admin/credentials/middlewares"
import { storeCustomersMiddlewares } from "./store/customers/middlewares"
import { storeEventsMiddlewares } from "./store/events/middlewares"

export default defineMiddlewares({
  routes: [
    { matcher: "/*", middlewares: [bindRequestId, hotLane()] },
    ...ACTOR_ROUTE_FAMILIES.map((family) => ({ matcher: `${family}*`, middlewares: [actorCors()] })),
    // Login, registration and password-reset requests; OTP routes join later. No `methods` here on
    // purpose: Medusa registers method-less middlewares before every route, so the limit runs first.
    { matcher: "/auth/:actor/:provider", middlewares: [rateLimit()] },
    { matcher: "/auth/:actor/:provider/register", middlewares: [rateLimit()] },
    { matcher: "/auth/:actor/:provider/reset-password", middlewares: [rateLimit()] },
    { methods: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [checkoutGate()] },
    ...storeEventsMiddlewares,
    ...storeCustomersMiddlewares,
    ...adminCredentialsMiddlewares,
  ],
  errorHandler: errorShape(),
})
