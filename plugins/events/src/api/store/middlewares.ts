import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCustomerMeMiddlewares } from "./customers/me/middlewares"
import { storeTransfersMiddlewares } from "./transfers/middlewares"

export const storeMiddlewares: MiddlewareRoute[] = [...storeCustomerMeMiddlewares, ...storeTransfersMiddlewares]
