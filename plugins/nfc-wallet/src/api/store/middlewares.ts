import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreAddTopUp, StoreGetWalletParams, StoreGetWalletTransactionsParams, StoreUpdateWallet } from "./customers/me/validators"

// Medusa authenticates /store/customers/me* for customers already.
export const storeMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/wallet",
    middlewares: [validateAndTransformQuery(StoreGetWalletParams, { defaults: [], isList: false })],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/wallet/transactions",
    middlewares: [validateAndTransformQuery(StoreGetWalletTransactionsParams, { defaults: [], isList: true })],
  },
  { methods: ["POST"], matcher: "/store/customers/me/wallet", middlewares: [validateAndTransformBody(StoreUpdateWallet)] },
  { methods: ["POST"], matcher: "/store/customers/me/wallet/top-ups", middlewares: [validateAndTransformBody(StoreAddTopUp)] },
]
