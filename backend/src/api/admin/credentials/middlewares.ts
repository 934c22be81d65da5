import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminVerifyCredential } from "./verify/validators"

// /admin/* is authenticated as an admin user by Medusa itself.
export const adminCredentialsMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/admin/credentials/verify", middlewares: [validateAndTransformBody(AdminVerifyCredential)] },
]
