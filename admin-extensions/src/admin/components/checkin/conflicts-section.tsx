import { createDataTableColumnHelper, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import type { LiveState } from "../../hooks/use-checkin-live"
import { useCheckinGates, useConflicts } from "../../hooks/use-checkin"
import type { CheckinGate, Conflict } from "../../lib/checkin-types"
import { formatDateTime } from "../../lib/format"
import { ConflictStatusBadge } from "./conflict-status-badge"
import { ResolveConflictDrawer } from "./resolve-conflict-drawer"
import { usePagedTable } from "../../hooks/use-paged-table"
import { TableSection } from "../common/table-section"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<Conflict>()

/** One side of a conflict: where, when and by whom that scan was made. */
const ScanSide = ({ label, gate, at, usher, device }: { label: string; gate: string; at: string | null; usher: string | null; device: string | null }) => (
  <span>
    {label}: {gate} · {at ? formatDateTime(at) : "-"} · {usher ?? "-"}
    {device ? ` (${device})` : ""}
  </span>
)

const buildColumns = (eventId: string, gates: CheckinGate[]) => {
  const gateName = (id: string | null) => (id ? gates.find((gate) => gate.id === id)?.name ?? id : "-")
  return [
    columnHelper.accessor("created_at", {
      header: "Raised",
      cell: ({ getValue }) => formatDateTime(getValue()),
    }),
    columnHelper.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <ConflictStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("holder_name", {
      header: "Attendee",
      cell: ({ getValue }) => getValue() ?? "-",
    }),
    columnHelper.accessor("ticket_code", {
      header: "Ticket",
      cell: ({ row }) => <span className="font-mono">{row.original.ticket_code ?? row.original.ticket_id}</span>,
    }),
    columnHelper.display({
      id: "scans",
      header: "Scans",
      cell: ({ row }) => {
        const conflict = row.original
        return (
          <div className="flex flex-col">
            <ScanSide
              label="First in"
              gate={gateName(conflict.other_gate_id)}
              at={conflict.other_scanned_at}
              usher={conflict.other_usher_name}
              device={conflict.other_device_id}
            />
            <ScanSide
              label="Again"
              gate={gateName(conflict.gate_id)}
              at={conflict.scanned_at}
              usher={conflict.usher_name}
              device={conflict.device_id}
            />
          </div>
        )
      },
    }),
    columnHelper.accessor("resolution_note", {
      header: "Note",
      cell: ({ getValue }) => {
        const note = getValue()
        return note ? (
          <span className="block max-w-[240px] truncate" title={note}>
            {note}
          </span>
        ) : (
          "-"
        )
      },
    }),
    columnHelper.display({
      id: "actions",
      cell: ({ row }) =>
        row.original.status === "open" ? <ResolveConflictDrawer eventId={eventId} conflict={row.original} /> : null,
    }),
  ]
}

type ConflictsSectionProps = {
  eventId: string
  live: LiveState
}

/** Offline double admissions, newest first; open ones wait for a resolution note. */
export const ConflictsSection = ({ eventId, live }: ConflictsSectionProps) => {
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const { conflicts, count, isPending, error } = useConflicts(
    eventId,
    page,
    { poll: live !== "live" }
  )
  const { gates } = useCheckinGates(eventId)
  const columns = useMemo(() => buildColumns(eventId, gates), [eventId, gates])

  const table = useDataTable({
    columns,
    data: conflicts,
    getRowId: (conflict) => conflict.id,
    rowCount: count,
    isLoading: isPending,
    pagination,
  })

  return (
    <TableSection
      section="conflicts"
      title="Conflicts"
      subtitle="A ticket admitted offline on two devices. Check at the gate, then resolve with a note."
      table={table}
      error={error}
      subject="conflicts"
      emptyState={{ empty: { heading: "No conflicts", description: "Offline double admissions would appear here." } }}
    />
  )
}
