import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestContext } from "../../lib/request-logger"

type WithRequestId = MedusaRequest & { requestId?: string }

/** Runs the rest of the request inside a context that carries Medusa's request id, and hands the id back. */
export function bindRequestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const requestId = (req as WithRequestId).requestId ?? "-"
  res.setHeader("x-request-id", requestId)
  requestContext.run({ requestId }, next)
}
