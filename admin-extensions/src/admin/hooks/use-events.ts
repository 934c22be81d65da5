import type { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import type { AdminEventListResponse } from "../lib/checkin-types"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export const eventsQueryKeys = queryKeysFactory("tessera_events")

/** Events to choose from, newest start first; a picker needs no more than the first hundred. */
export const useEvents = () => {
  const { data, ...rest } = useQuery<AdminEventListResponse, FetchError>({
    queryKey: eventsQueryKeys.lists(),
    queryFn: () =>
      sdk.client.fetch<AdminEventListResponse>("/admin/events", {
        query: { limit: 100, order: "-starts_at", fields: "id,title,status,starts_at" },
      }),
  })
  return { events: data?.events ?? [], count: data?.count ?? 0, ...rest }
}
