import { Label, Select, Text } from "@medusajs/ui"
import { useEvents } from "../../hooks/use-events"
import { formatDateTime } from "../../lib/format"

type EventPickerProps = {
  value: string | undefined
  onChange: (eventId: string) => void
}

/** Which event's gates to watch. */
export const EventPicker = ({ value, onChange }: EventPickerProps) => {
  const { events, isPending, error } = useEvents()

  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error">
        Couldn't load the events: {error.message}
      </Text>
    )
  }
  return (
    <div className="flex items-center gap-x-3">
      <Label htmlFor="checkin-event" size="small" weight="plus">
        Event
      </Label>
      <div className="w-80">
        <Select value={value} onValueChange={onChange} disabled={isPending || !events.length}>
          <Select.Trigger id="checkin-event" aria-label="Event">
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
      </div>
    </div>
  )
}
