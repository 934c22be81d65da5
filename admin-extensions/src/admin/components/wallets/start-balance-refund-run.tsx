import { Button, Select, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useStartBalanceRefundRun } from "../../hooks/use-balance-refunds"
import { useEvents } from "../../hooks/use-events"
import { formatDateTime } from "../../lib/format"
import type { BalanceRefundRun } from "../../lib/wallet-types"

/** Choose an event and refund every wallet that still holds money for it, after a confirmation. */
export const StartBalanceRefundRun = ({ onStarted }: { onStarted: (run: BalanceRefundRun) => void }) => {
  const prompt = usePrompt()
  const { events, isPending: eventsPending } = useEvents()
  const [eventId, setEventId] = useState<string | undefined>()
  const { mutate: start, isPending } = useStartBalanceRefundRun()
  const chosen = events.find((event) => event.id === eventId)

  const handleClick = async () => {
    if (!chosen) return
    const confirmed = await prompt({
      title: `Refund the remaining balances of ${chosen.title}?`,
      description:
        "Every wallet whose holder has a card of this event gets its money back on the payments that topped it up. It runs in the background; a run already going for the event is shown instead.",
      confirmText: "Refund balances",
      cancelText: "Cancel",
    })
    if (confirmed) start(chosen.id, { onSuccess: ({ balance_refund_run }) => onStarted(balance_refund_run) })
  }

  return (
    <div className="flex items-center gap-x-2">
      <div className="w-72">
        <Select value={eventId} onValueChange={setEventId} disabled={eventsPending || !events.length}>
          <Select.Trigger aria-label="Event to refund">
            <Select.Value placeholder={eventsPending ? "Loading events…" : events.length ? "Choose an event" : "No events yet"} />
          </Select.Trigger>
          <Select.Content>
            {events.map((event) => (
              <Select.Item key={event.id} value={event.id}>
                {event.title} · {formatDateTime(event.starts_at)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <Button size="small" variant="secondary" disabled={!chosen} isLoading={isPending} onClick={handleClick}>
        Refund balances
      </Button>
    </div>
  )
}
