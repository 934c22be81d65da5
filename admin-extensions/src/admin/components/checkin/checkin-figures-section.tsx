import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import type { LiveState } from "../../hooks/use-checkin-live"
import { useCheckinFigures, useCheckinGates } from "../../hooks/use-checkin"
import { FigureTile } from "./figure-tile"
import { GateFiguresTable } from "./gate-figures-table"
import { LiveBadge } from "./live-badge"

type CheckinFiguresSectionProps = {
  eventId: string
  live: LiveState
}

/** The gates at a glance: who is in, per gate, and conflicts waiting for someone. */
export const CheckinFiguresSection = ({ eventId, live }: CheckinFiguresSectionProps) => {
  const { figures, isPending, error } = useCheckinFigures(eventId, { poll: live !== "live" })
  const { gates } = useCheckinGates(eventId)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Figures</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Admitted counts each ticket once; inside now follows exits and re-entries.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {figures && (
            <StatusBadge color={figures.status === "open" ? "green" : "grey"}>
              {figures.status === "open" ? "Scanning open" : "Scanning closed"}
            </StatusBadge>
          )}
          <LiveBadge state={live} />
        </div>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Couldn't load the figures: {error.message}
        </Text>
      ) : isPending || !figures ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          Loading…
        </Text>
      ) : (
        <>
          <div className="grid grid-cols-2 divide-x md:grid-cols-4">
            <FigureTile label="Admitted" value={figures.admitted} />
            <FigureTile label="Inside now" value={figures.inside} />
            <FigureTile label="Open conflicts" value={figures.conflicts.open} alert />
            <FigureTile label="Conflicts in all" value={figures.conflicts.total} />
          </div>
          <GateFiguresTable gates={gates} figures={figures.gates} />
        </>
      )}
    </Container>
  )
}
