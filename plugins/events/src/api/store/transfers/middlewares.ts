import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreAcceptTransferByToken } from "../customers/me/validators"

export const storeTransfersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/transfers/accept",
    // outside /store/customers/me, so not authenticated by Medusa: a token alone never moves a ticket
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreAcceptTransferByToken)],
  },
]
