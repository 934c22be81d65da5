import { errorHandler } from "@medusajs/framework/http"
import type { ErrorRequestHandler, Response } from "express"

type ErrorBody = { type?: string; message?: string; code?: string; field?: string; request_id?: string }
type FieldCarrier = { field?: unknown; issues?: { path?: (string | number)[] }[] }

const FIELD_IN_MESSAGE = /field '([^']+)'/i

/** The field at fault: set on our own errors, the first zod issue's path, or named in Medusa's validator message. */
export function fieldAtFault(error: unknown, message?: string): string | undefined {
  const carrier = (error ?? {}) as FieldCarrier
  if (typeof carrier.field === "string") return carrier.field
  const path = carrier.issues?.[0]?.path
  if (path?.length) return path.join(".")
  const named = message?.match(FIELD_IN_MESSAGE)?.[1]
  return named?.split(", ").join(".")
}

/**
 * Medusa answers every conflict with one generic "retry with the Idempotency-Key" text; a conflict we raise
 * (a transfer already accepted, a request already decided) says what happened, and the client needs that.
 */
function conflictMessage(error: unknown, status: number): string | undefined {
  const message = (error as { message?: unknown })?.message
  return status === 409 && typeof message === "string" && message ? message : undefined
}

/**
 * Medusa's own error handler decides status and body; this adds the field at fault
 * and the request id, so every client sees one shape: {type, message, field?, request_id}.
 */
export function errorShape(): ErrorRequestHandler {
  const core = errorHandler()
  return (error, req, res, next) => {
    const json = res.json.bind(res) as Response["json"]
    res.json = ((body: ErrorBody) => {
      const field = fieldAtFault(error, body?.message)
      const requestId = (req as { requestId?: string }).requestId
      const message = conflictMessage(error, res.statusCode) ?? body?.message
      return json({ ...body, message, ...(field ? { field } : {}), ...(requestId ? { request_id: requestId } : {}) })
    }) as Response["json"]
    return core(error, req, res, next)
  }
}
