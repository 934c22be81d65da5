import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { LiveState } from "../../hooks/use-checkin-live"
import { useConflicts } from "../../hooks/use-checkin"
import { useUsherNames } from "../../hooks/use-ushers"
import type { Conflict } from "../../lib/checkin-types"
import { formatDateTime } from "../../lib/format"
import { ConflictStatusBadge } from "./conflict-status-badge"
import { ResolveConflictDrawer } from "./resolve-conflict-drawer"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<Conflict>()

const buildColumns = (eventId: string, usherNames: Map<string, string>) => {
  const usher = (id: string | null) => (id ? usherNames.get(id) ?? id : "-")
  return [
    columnHelper.accessor("created_at", {
      header: "Raised",
      cell: ({ getValue }) => formatDateTime(getValue()),
    }),
    columnHelper.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <ConflictStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("ticket_id", {
      header: "Ticket",
      cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
    }),
    columnHelper.display({
      id: "scans",
      header: "Devices (usher)",
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span>
            {row.original.other_device_id ?? "-"} ({usher(row.original.other_usher_id)}) first
          </span>
          <span>
            {row.original.device_id ?? "-"} ({usher(row.original.usher_id)}) again
          </span>
        </div>
      ),
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
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { conflicts, count, isPending, error } = useConflicts(
    eventId,
    { offset: pagination.pageIndex * pagination.pageSize, limit: pagination.pageSize },
    { poll: live !== "live" }
  )
  const usherNames = useUsherNames()
  const columns = useMemo(() => buildColumns(eventId, usherNames), [eventId, usherNames])

  const table = useDataTable({
    columns,
    data: conflicts,
    getRowId: (conflict) => conflict.id,
    rowCount: count,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" data-section="conflicts">
      <div className="px-6 py-4">
        <Heading level="h2">Conflicts</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          A ticket admitted offline on two devices. Check at the gate, then resolve with a note.
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Couldn't load the conflicts: {error.message}
        </Text>
      ) : (
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{
              empty: { heading: "No conflicts", description: "Offline double admissions would appear here." },
            }}
          />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}
