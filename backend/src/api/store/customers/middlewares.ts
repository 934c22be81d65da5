import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreTicketsQueryConfig, retrieveStoreTicketQueryConfig } from "./me/tickets/query-config"
import { StoreGetCustomerTicketParams, StoreGetCustomerTicketsParams } from "./me/tickets/validators"

// Medusa itself authenticates every /store/customers/me* route as a customer (session or bearer).
export const storeCustomersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/tickets",
    middlewares: [validateAndTransformQuery(StoreGetCustomerTicketsParams, listStoreTicketsQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/tickets/:id",
    middlewares: [validateAndTransformQuery(StoreGetCustomerTicketParams, retrieveStoreTicketQueryConfig)],
  },
]
