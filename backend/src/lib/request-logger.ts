import { AsyncLocalStorage } from "node:async_hooks"
import { logger as medusaLogger } from "@medusajs/framework/logger"
import type { Logger } from "@medusajs/framework/types"

export type RequestContext = { requestId: string }

// medusa-config and the API load this file through different module paths in tests,
// so the store lives on a global symbol: one store per process, whoever loads it.
const STORE_KEY = Symbol.for("tessera.request-context")
const holder = globalThis as typeof globalThis & { [STORE_KEY]?: AsyncLocalStorage<RequestContext> }
export const requestContext: AsyncLocalStorage<RequestContext> = (holder[STORE_KEY] ??= new AsyncLocalStorage())

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId

const MESSAGE_METHODS = ["info", "warn", "error", "debug", "http", "verbose", "silly", "log"] as const

const tag = (message: unknown): unknown => {
  const id = currentRequestId()
  if (!id) return message
  if (typeof message === "string") return `[req ${id}] ${message}`
  if (message instanceof Error) return `[req ${id}] ${message.message}`
  return message
}

/** The given logger, with the current request id in front of every line logged while serving a request. */
export function withRequestIds<T extends object>(logger: T): T {
  return new Proxy(logger, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== "function" || !(MESSAGE_METHODS as readonly PropertyKey[]).includes(property)) {
        return value
      }
      return (first: unknown, ...rest: unknown[]) => {
        const tagged = tag(first)
        // keep the Error object for its stack when the message was lifted out of it
        const args = tagged !== first && first instanceof Error ? [tagged, first, ...rest] : [tagged, ...rest]
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
}

/** Medusa's logger with request ids: medusa-config hands it to Medusa as the logger. */
export const requestLogger: Logger = withRequestIds(medusaLogger as Logger)
