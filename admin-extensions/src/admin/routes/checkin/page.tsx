import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Scan } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { CheckinFiguresSection } from "../../components/checkin/checkin-figures-section"
import { ConflictsSection } from "../../components/checkin/conflicts-section"
import { EventPicker } from "../../components/checkin/event-picker"
import { IncidentsSection } from "../../components/checkin/incidents-section"
import { ScanLogSection } from "../../components/checkin/scan-log-section"
import { CheckinSetupSection } from "../../components/checkin/setup/checkin-setup-section"
import { useCheckinLive } from "../../hooks/use-checkin-live"
import { useChosenEvent } from "../../hooks/use-chosen-event"

/** One event's gates, live: the stream is opened once here and shared by the sections. */
const EventCheckin = ({ eventId }: { eventId: string }) => {
  const live = useCheckinLive(eventId)
  return (
    <>
      <CheckinFiguresSection eventId={eventId} live={live} />
      <ConflictsSection eventId={eventId} live={live} />
      <ScanLogSection eventId={eventId} live={live} />
      <IncidentsSection eventId={eventId} />
      <CheckinSetupSection eventId={eventId} />
    </>
  )
}

/** Check-in (`/checkin`): figures, conflicts, the scan log, incidents and the setup of one event. */
const CheckinPage = () => {
  const { eventId, choose } = useChosenEvent()
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div>
          <Heading level="h1">Check-in</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The gates of an event as ushers scan: figures, conflicts to resolve, every scan, incidents, and the setup.
          </Text>
        </div>
        <EventPicker value={eventId} onChange={choose} />
      </Container>
      {eventId && <EventCheckin key={eventId} eventId={eventId} />}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Check-in",
  icon: Scan,
})

export default CheckinPage
