import { Container, Heading, Text } from "@medusajs/ui"
import { useAssignments, useCheckinLists, useEventTicketTypes } from "../../../hooks/use-checkin-setup"
import { AddGateDrawer } from "./add-gate-drawer"
import { AssignmentsTable } from "./assignments-table"
import { AssignUsherDrawer } from "./assign-usher-drawer"
import { CreateUsherDrawer } from "./create-usher-drawer"
import { GatesTable } from "./gates-table"
import { ScanningSwitch } from "./scanning-switch"

/** Getting the event's gate ready: scanning open or closed, gates with their lists, and who scans. */
export const CheckinSetupSection = ({ eventId }: { eventId: string }) => {
  const { lists, error: listsError } = useCheckinLists(eventId)
  const { assignments, error: assignmentsError } = useAssignments(eventId)
  const { ticketTypes } = useEventTicketTypes(eventId)
  const gates = lists.flatMap((list) => list.gates)
  const error = listsError ?? assignmentsError

  return (
    <Container className="divide-y p-0" data-section="setup">
      <div className="flex flex-col gap-y-2 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div>
          <Heading level="h2">Setup</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Scanning, the gates and what they admit, and the ushers who scan.
          </Text>
        </div>
        <ScanningSwitch eventId={eventId} />
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Couldn't load the setup: {error.message}
        </Text>
      ) : (
        <>
          <div className="flex items-center justify-between px-6 py-3" data-part="gates">
            <Heading level="h3">Gates</Heading>
            <AddGateDrawer eventId={eventId} lists={lists} ticketTypes={ticketTypes} />
          </div>
          <GatesTable lists={lists} ticketTypes={ticketTypes} />
          <div className="flex items-center justify-between px-6 py-3" data-part="ushers">
            <Heading level="h3">Ushers</Heading>
            <div className="flex gap-x-2">
              <CreateUsherDrawer />
              <AssignUsherDrawer eventId={eventId} gates={gates} />
            </div>
          </div>
          <AssignmentsTable eventId={eventId} assignments={assignments} gates={gates} />
        </>
      )}
    </Container>
  )
}
