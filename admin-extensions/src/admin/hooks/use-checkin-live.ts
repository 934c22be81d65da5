import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import type { AdminCheckinResponse, CheckinFigures } from "../lib/checkin-types"
import { backendUrl } from "../lib/event-source-url"
import { checkinQueryKeys } from "./use-checkin"

export type LiveState = "connecting" | "live" | "offline"

/**
 * Follows the event's check-in stream (SSE, authenticated by the admin's session cookie): new
 * figures go straight into the cache, and a scan or conflict refreshes the log and the conflicts.
 * While the stream is down the queries poll instead; EventSource reconnects by itself.
 */
export const useCheckinLive = (eventId: string): LiveState => {
  const queryClient = useQueryClient()
  const [state, setState] = useState<LiveState>("connecting")

  useEffect(() => {
    setState("connecting")
    const source = new EventSource(backendUrl(`/admin/events/${encodeURIComponent(eventId)}/checkin/stream`), {
      withCredentials: true,
    })
    const refreshLists = () => {
      void queryClient.invalidateQueries({ queryKey: [...checkinQueryKeys.event(eventId), "scans"] })
      void queryClient.invalidateQueries({ queryKey: [...checkinQueryKeys.event(eventId), "conflicts"] })
    }
    const onFigures = (message: MessageEvent<string>) => {
      const figures = JSON.parse(message.data) as CheckinFigures
      // the stream's figures lack the scanning status; keep the one the GET returned
      queryClient.setQueryData<AdminCheckinResponse>(checkinQueryKeys.figures(eventId), (previous) =>
        previous ? { checkin: { ...previous.checkin, ...figures } } : previous
      )
      refreshLists()
    }
    source.onopen = () => setState("live")
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? "offline" : "connecting")
    source.addEventListener("figures", onFigures)
    return () => source.close()
  }, [eventId, queryClient])

  return state
}
