import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { organizerMiddlewares } from "./organizer/middlewares"
import { storeMiddlewares } from "./store/middlewares"

/** One list per route family, each kept beside its routes. */
export default defineMiddlewares({
  routes: [...adminMiddlewares, ...storeMiddlewares, ...organizerMiddlewares],
})
