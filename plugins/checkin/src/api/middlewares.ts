import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCheckinMiddlewares } from "./admin/middlewares"
import { usherMiddlewares } from "./usher/middlewares"

/** One list per route family, each kept beside its routes. */
export default defineMiddlewares({
  routes: [...adminCheckinMiddlewares, ...usherMiddlewares],
})
