import { Select } from "@medusajs/ui"
import type { TesseraEvent } from "../../lib/checkin-types"
import { formatDateTime } from "../../lib/format"

type EventSelectProps = {
  events: TesseraEvent[]
  isPending: boolean
  value: string | undefined
  onChange: (eventId: string) => void
  label: string
  id?: string
}

/** A select of the events, each with its start: the check-in page's picker and the balance refunds' target. */
export const EventSelect = ({ events, isPending, value, onChange, label, id }: EventSelectProps) => (
  <Select value={value} onValueChange={onChange} disabled={isPending || !events.length}>
    <Select.Trigger id={id} aria-label={label}>
      <Select.Value placeholder={isPending ? "Loading events…" : events.length ? "Choose an event" : "No events yet"} />
    </Select.Trigger>
    <Select.Content>
      {events.map((event) => (
        <Select.Item key={event.id} value={event.id}>
          {event.title} · {formatDateTime(event.starts_at)}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
