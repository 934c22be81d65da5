import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTANCE_ID } from "../../lib/instance"
import { requestContext } from "../../lib/request-logger"

type WithRequestId = MedusaRequest & { requestId?: string }

/**
 * Runs the rest of the request inside a context that carries Medusa's request id, and hands
 * the id back, with the instance that served it (to trace requests across scaled-out servers).
 */
export function bindRequestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const requestId = (req as WithRequestId).requestId ?? "-"
  res.setHeader("x-request-id", requestId)
  res.setHeader("x-tessera-instance", INSTANCE_ID)
  requestContext.run({ requestId }, next)
}
