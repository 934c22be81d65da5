import { Button, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useStartBalanceRefundRun } from "../../hooks/use-balance-refunds"
import { useEvents } from "../../hooks/use-events"
import type { BalanceRefundRun } from "../../lib/wallet-types"
import { EventSelect } from "../common/event-select"

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
        <EventSelect label="Event to refund" events={events} isPending={eventsPending} value={eventId} onChange={setEventId} />
      </div>
      <Button size="small" variant="secondary" disabled={!chosen} isLoading={isPending} onClick={handleClick}>
        Refund balances
      </Button>
    </div>
  )
}
