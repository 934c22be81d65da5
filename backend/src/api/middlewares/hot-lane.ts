import { type IncomingMessage, Server, type ServerResponse } from "node:http"
import { container } from "@medusajs/framework"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkinHotRoutes } from "@tessera/checkin/hot-routes"
import { installHotLane } from "@tessera/credentials/http"
import { walletHotRoutes } from "@tessera/nfc-wallet/hot-routes"
import { INSTANCE_ID } from "../../lib/instance"
import { actorCors } from "./actor-cors"
import { errorShape } from "./error-shape"

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void

/**
 * Puts the gate's scan and the stand's charge on the hot lane of the HTTP server that carried this
 * request: from the next request on they skip Express, with the same CORS, request-id headers and
 * error bodies as the routes below. The first request is never a scan (a device logs in first), and
 * if it were, Medusa's route answers it the same way.
 */
export function hotLane() {
  const cors = actorCors() as unknown as Middleware
  const shape = errorShape()
  return function installLane(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    if (process.env.TESSERA_HOT_LANE === "off") return next()
    const server = (req.socket as { server?: unknown }).server
    if (!(server instanceof Server)) return next()
    installHotLane(server, {
      routes: [...checkinHotRoutes, ...walletHotRoutes],
      container,
      before: (laneReq, laneRes, requestId) => {
        laneRes.setHeader("x-request-id", requestId)
        laneRes.setHeader("x-tessera-instance", INSTANCE_ID)
        return new Promise<void>((resolve, reject) => cors(laneReq, laneRes, (error) => (error ? reject(error) : resolve())))
      },
      fail: (error, laneReq, laneRes, requestId) => {
        const reply = {
          statusCode: 500,
          status(code: number) {
            this.statusCode = code
            return this
          },
          json(body: unknown) {
            const json = JSON.stringify(body)
            laneRes.writeHead(this.statusCode, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(json) })
            laneRes.end(json)
            return this
          },
        }
        const path = laneReq.url?.split("?", 1)[0]
        // Medusa's error handler reads only scope, path and the request id, and answers with status().json()
        shape(error, { scope: container, path, requestId } as never, reply as never, () => {})
      },
    })
    next()
  }
}
