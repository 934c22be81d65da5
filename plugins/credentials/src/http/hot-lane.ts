import type { IncomingMessage, Server, ServerResponse } from "node:http"
import { zodValidator } from "@medusajs/framework"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * A route the hot lane answers: the same contract as the Medusa route it shadows (which stays
 * registered and answers whatever the lane passes on).
 */
export type HotRoute<Body = unknown> = {
  method: "POST"
  path: string
  actor: string
  schema: z.ZodObject
  handle(scope: MedusaContainer, actorId: string, body: Body, setHeader: (name: string, value: string) => void): Promise<unknown>
}

/** What the composition adds around every hot answer (CORS, request id), and how it words an error. */
export type HotLaneOptions = {
  routes: HotRoute<any>[] // eslint-disable-line @typescript-eslint/no-explicit-any -- each route checks its own body type
  container: MedusaContainer
  /** Sets the headers every answer carries (CORS, request id). */
  before(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void>
  fail(error: unknown, req: IncomingMessage, res: ServerResponse, requestId: string): void
  maxBodyBytes?: number
}

type Lane = { route: HotRoute<unknown>; strict: z.ZodObject; actorId: string }

const JSON_TYPE = /^application\/(.+\+)?json\b/i
const installed = new WeakSet<Server>()

/**
 * The gate's scan and the stand's charge are the platform's hottest requests, and most of their cost on
 * two cores was Medusa's request pipeline (logging, cookies, session, a scope per request, ~100 Express
 * layers, body parsers, CORS), not the work. The lane answers those routes on the HTTP server before Express
 * sees them, with the same authentication, validation, headers and error bodies. Anything it is not sure
 * of (a session cookie, no Bearer token, a token Medusa would refuse, a body of unknown length) goes on to
 * Express untouched, so Medusa's route stays the contract and the fallback.
 */
export function installHotLane(server: Server, options: HotLaneOptions): void {
  if (installed.has(server)) return
  installed.add(server)
  const config = options.container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const sessionCookie = `${config.sessionOptions?.name ?? "connect.sid"}=`
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024
  const routes = options.routes.map((route) => ({ route, strict: route.schema.strict() }))
  const medusa = server.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[]
  server.removeAllListeners("request")

  const laneFor = (req: IncomingMessage): Lane | undefined => {
    const path = req.url?.split("?", 1)[0].replace(/\/$/, "")
    const match = routes.find(({ route }) => route.method === req.method && route.path === path)
    if (!match) return undefined
    const { headers } = req
    const length = Number(headers["content-length"])
    if (!JSON_TYPE.test(headers["content-type"] ?? "") || !(length > 0 && length <= maxBodyBytes)) return undefined
    if (headers.cookie?.includes(sessionCookie)) return undefined
    const auth = getAuthContextFromJwtToken(
      headers.authorization,
      config.http.jwtSecret!,
      ["bearer"],
      [match.route.actor],
      config.http.jwtPublicKey,
      config.http.jwtVerifyOptions ?? config.http.jwtOptions
    )
    if (!auth?.actor_id || auth.mfa_enabled) return undefined
    return { ...match, actorId: auth.actor_id }
  }

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const lane = laneFor(req)
    if (!lane) {
      for (const listener of medusa) listener.call(server, req, res)
      return
    }
    void answer(lane, req, res, options, maxBodyBytes)
  })
}

async function answer(lane: Lane, req: IncomingMessage, res: ServerResponse, options: HotLaneOptions, maxBodyBytes: number) {
  const requestId = (req.headers["x-request-id"] as string | undefined) ?? crypto.randomUUID()
  try {
    const body = await readJson(req, maxBodyBytes)
    await options.before(req, res, requestId)
    const parsed = await lane.strict.safeParseAsync(body)
    if (!parsed.success) {
      await zodValidator(lane.route.schema, body) // words the 400 exactly as Medusa's validator does
      throw new Error("the body was refused by a strict copy of its schema, but not by the schema itself")
    }
    const result = await lane.route.handle(options.container, lane.actorId, parsed.data, (name, value) => res.setHeader(name, value))
    const json = JSON.stringify(result)
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(json) })
    res.end(json)
  } catch (error) {
    try {
      if (res.headersSent) res.destroy()
      else options.fail(error, req, res, requestId)
    } catch {
      // nothing sensible is left to answer with; never let an answer take the process down
      res.destroy()
    }
  }
}

function readJson(req: IncomingMessage, maxBodyBytes: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) req.destroy(new MedusaError(MedusaError.Types.INVALID_DATA, "The request body is too large"))
      else chunks.push(chunk)
    })
    req.on("error", reject)
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")))
      } catch {
        reject(new MedusaError(MedusaError.Types.INVALID_DATA, "The request body is not valid JSON"))
      }
    })
  })
}
