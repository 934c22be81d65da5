import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  StoreAddFavorite,
  StoreAttachDependent,
  StoreCreateDependent,
  StoreCreateRefundRequest,
  StoreCreateTransfer,
  StoreGetPageParams,
  StoreGetTransfersParams,
  StoreUpdateDependent,
} from "./validators"

const page = validateAndTransformQuery(StoreGetPageParams, { isList: true, defaultLimit: 20 })
const transfersPage = validateAndTransformQuery(StoreGetTransfersParams, { isList: true, defaultLimit: 20 })
const body = validateAndTransformBody

// Medusa itself authenticates every /store/customers/me* route as a customer (session or bearer).
export const storeCustomerMeMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/customers/me/transfers", middlewares: [transfersPage] },
  { methods: ["POST"], matcher: "/store/customers/me/tickets/:id/transfers", middlewares: [body(StoreCreateTransfer)] },
  { methods: ["POST"], matcher: "/store/customers/me/tickets/:id/refund-requests", middlewares: [body(StoreCreateRefundRequest)] },
  { methods: ["POST"], matcher: "/store/customers/me/tickets/:id/dependents", middlewares: [body(StoreAttachDependent)] },
  { methods: ["GET"], matcher: "/store/customers/me/refund-requests", middlewares: [page] },
  { methods: ["GET"], matcher: "/store/customers/me/favorites", middlewares: [page] },
  { methods: ["POST"], matcher: "/store/customers/me/favorites", middlewares: [body(StoreAddFavorite)] },
  { methods: ["GET"], matcher: "/store/customers/me/dependents", middlewares: [page] },
  { methods: ["POST"], matcher: "/store/customers/me/dependents", middlewares: [body(StoreCreateDependent)] },
  { methods: ["POST"], matcher: "/store/customers/me/dependents/:id", middlewares: [body(StoreUpdateDependent)] },
]
