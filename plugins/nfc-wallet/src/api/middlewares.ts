import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { merchantMiddlewares } from "./merchant/middlewares"
import { storeMiddlewares } from "./store/middlewares"

/** One list per route family, each kept beside its routes. */
export default defineMiddlewares({
  routes: [...adminMiddlewares, ...storeMiddlewares, ...merchantMiddlewares],
})
