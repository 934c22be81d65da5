import cors from "cors"
import { parseCorsOrigins } from "@medusajs/framework/utils"

/** The actor route families Medusa knows nothing about, so it gives them no CORS. */
export const ACTOR_ROUTE_FAMILIES = ["/usher", "/merchant", "/organizer", "/courier"] as const

/**
 * The PWA calls these families from its own origin. They take the store's
 * origins unless ACTOR_CORS says otherwise.
 */
export function actorCors(origins = process.env.ACTOR_CORS ?? process.env.STORE_CORS ?? "") {
  const pwaOrigins = process.env.PWA_CORS ?? "http://localhost:9001,http://127.0.0.1:9001,http://localhost:5173"
  const all = [origins, pwaOrigins].filter(Boolean).join(",")
  return cors({ origin: parseCorsOrigins(all), credentials: true })
}
