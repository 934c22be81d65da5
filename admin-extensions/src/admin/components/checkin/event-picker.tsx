import { Label, Text } from "@medusajs/ui"
import { useEvents } from "../../hooks/use-events"
import { EventSelect } from "../common/event-select"

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
        <EventSelect id="checkin-event" label="Event" events={events} isPending={isPending} value={value} onChange={onChange} />
      </div>
    </div>
  )
}
