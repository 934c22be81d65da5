import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AdminIncidentListResponse, IncidentType } from "../lib/incident-types"
import { sdk } from "../lib/sdk"
import { checkinQueryKeys } from "./use-checkin"

export type IncidentListParams = { type?: IncidentType; offset: number; limit: number }

/** Incidents are not on the live stream, and they are rare: a slow poll keeps the list current enough. */
const INCIDENT_POLL_MS = 15_000

/** One page of what ushers reported at the event's gates, newest first. */
export const useIncidents = (eventId: string, params: IncidentListParams) => {
  const { data, ...rest } = useQuery<AdminIncidentListResponse, FetchError>({
    queryKey: [...checkinQueryKeys.event(eventId), "incidents", params],
    queryFn: () =>
      sdk.client.fetch<AdminIncidentListResponse>(`/admin/events/${encodeURIComponent(eventId)}/checkin/incidents`, { query: params }),
    placeholderData: keepPreviousData,
    refetchInterval: INCIDENT_POLL_MS,
  })
  return { incidents: data?.incidents ?? [], count: data?.count ?? 0, ...rest }
}
