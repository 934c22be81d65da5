import { defineMiddlewares } from "@medusajs/framework/http"
import { ACTOR_ROUTE_FAMILIES, actorCors } from "./middlewares/actor-cors"
import { errorShape } from "./middlewares/error-shape"
import { rateLimit } from "./middlewares/rate-limit"
import { bindRequestId } from "./middlewares/request-id"

export default defineMiddlewares({
  routes: [
    { matcher: "/*", middlewares: [bindRequestId] },
    ...ACTOR_ROUTE_FAMILIES.map((family) => ({ matcher: `${family}*`, middlewares: [actorCors()] })),
    // login (`/auth/<actor>/<provider>`), registration and password reset requests; OTP routes join later
    { matcher: "/auth/:actor/:provider", methods: ["POST" as const], middlewares: [rateLimit()] },
    { matcher: "/auth/:actor/:provider/register", methods: ["POST" as const], middlewares: [rateLimit()] },
    { matcher: "/auth/:actor/:provider/reset-password", methods: ["POST" as const], middlewares: [rateLimit()] },
  ],
  errorHandler: errorShape(),
})
