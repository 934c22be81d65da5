import { useEffect } from "react"
import { useSearchParams } from "react-router-dom"
import { useEvents } from "./use-events"

/**
 * The event chosen on the page, kept in `?event_id=` so a reload or a shared link shows the same
 * gates. Without one, the first published event (or else the first event) is chosen.
 */
export const useChosenEvent = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const { events } = useEvents()
  const eventId = searchParams.get("event_id") ?? undefined

  const choose = (id: string) =>
    setSearchParams(
      (params) => {
        params.set("event_id", id)
        return params
      },
      { replace: true }
    )

  useEffect(() => {
    if (eventId || !events.length) return
    const preferred = events.find((event) => event.status === "published") ?? events[0]
    choose(preferred.id)
    // choose is rebuilt each render; the effect only needs to run when the list or the choice changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [eventId, events])

  return { eventId, choose }
}
