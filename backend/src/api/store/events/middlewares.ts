import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { StoreGetEventParams, StoreGetEventsParams } from "./validators"

/**
 * Parses the query with a zod schema into `req.validatedQuery`; a bad value is a 400 naming the field. Lighter
 * than Medusa's validateAndTransformQuery (no fields/relations config to build): this sits on the hottest route.
 */
export function validateStoreQuery(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query)
    if (parsed.success) {
      req.validatedQuery = parsed.data as MedusaRequest["validatedQuery"]
      return next()
    }
    const [issue] = parsed.error.issues
    const field = issue.path.join(".") || "query"
    const error = new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: Field '${field}' ${issue.message}`)
    return next(Object.assign(error, { field }))
  }
}

export const storeEventsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/events", methods: ["GET"], middlewares: [validateStoreQuery(StoreGetEventsParams)] },
  // also runs before /store/events/categories (same shape), which takes no parameters and ignores region_id
  { matcher: "/store/events/:handle", methods: ["GET"], middlewares: [validateStoreQuery(StoreGetEventParams)] },
]
