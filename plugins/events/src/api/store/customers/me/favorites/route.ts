import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addEventFavoriteWorkflow } from "../../../../../workflows"
import type { StoreAddFavoriteType, StoreGetPageParamsType } from "../validators"

/** What a favorite shows of its event: enough for a card in a list. */
const favoriteEventFields = ["id", "title", "handle", "category", "status", "images", "starts_at", "ends_at", "timezone", "venue.name", "venue.city"]

type FavoriteRow = { id: string; event_id: string; created_at: Date | string }

/** The customer's favorite events, most recently added first, each with a summary of its event. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetPageParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreGetPageParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "event_favorite",
    fields: ["id", "event_id", "created_at"],
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } },
  })
  const favorites = data as FavoriteRow[]
  const { data: events } = favorites.length
    ? await query.graph({ entity: "event", fields: favoriteEventFields, filters: { id: favorites.map((f) => f.event_id) } })
    : { data: [] }
  const byId = new Map((events as { id: string }[]).map((event) => [event.id, event]))
  res.json({
    favorites: favorites.map((favorite) => ({ ...favorite, event: byId.get(favorite.event_id) ?? null })),
    count: metadata?.count ?? favorites.length,
    offset,
    limit,
  })
}

/** Adds an event to the customer's favorites; adding it twice is fine. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddFavoriteType>, res: MedusaResponse) => {
  const { result } = await addEventFavoriteWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, event_id: req.validatedBody.event_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [event] } = await query.graph({ entity: "event", fields: favoriteEventFields, filters: { id: result.event_id } })
  res.json({ favorite: { id: result.id, event_id: result.event_id, created_at: result.created_at, event } })
}
