import {
  Badge,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { LiveState } from "../../hooks/use-checkin-live"
import { useCheckinGates, useScanLog } from "../../hooks/use-checkin"
import { useUsherNames } from "../../hooks/use-ushers"
import { type CheckinGate, SCAN_OUTCOMES, type Scan, type ScanOutcome } from "../../lib/checkin-types"
import { formatDateTime, humanizeCode } from "../../lib/format"
import { ScanOutcomeBadge, scanOutcomeLabel } from "./scan-outcome-badge"
import { usePagedTable } from "../../hooks/use-paged-table"
import { TableSection } from "../common/table-section"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<Scan>()
const filterHelper = createDataTableFilterHelper<Scan>()

const filters = [
  filterHelper.accessor("outcome", {
    type: "radio",
    label: "Outcome",
    options: SCAN_OUTCOMES.map((outcome) => ({ label: scanOutcomeLabel(outcome), value: outcome })),
  }),
]

const buildColumns = (gates: CheckinGate[], usherNames: Map<string, string>) => [
  columnHelper.accessor("scanned_at", {
    header: "Scanned",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("outcome", {
    header: "Outcome",
    cell: ({ getValue }) => <ScanOutcomeBadge outcome={getValue()} />,
  }),
  columnHelper.accessor("reason", {
    header: "Reason",
    cell: ({ getValue }) => {
      const reason = getValue()
      return reason ? humanizeCode(reason) : "-"
    },
  }),
  columnHelper.accessor("holder_name", {
    header: "Attendee",
    cell: ({ getValue }) => getValue() ?? "-",
  }),
  columnHelper.accessor("ticket_code", {
    header: "Ticket / card",
    cell: ({ row }) => (
      <span className="font-mono">{row.original.ticket_code ?? row.original.card_id ?? row.original.ticket_id ?? "-"}</span>
    ),
  }),
  columnHelper.accessor("gate_id", {
    header: "Gate",
    cell: ({ getValue, row }) => {
      const gateId = getValue()
      const gate = gates.find((candidate) => candidate.id === gateId)?.name ?? gateId ?? "-"
      return `${gate} · ${row.original.direction === "in" ? "in" : "out"}`
    },
  }),
  columnHelper.accessor("usher_id", {
    header: "Usher",
    cell: ({ getValue }) => usherNames.get(getValue()) ?? getValue(),
  }),
  columnHelper.accessor("offline", {
    header: "Sync",
    cell: ({ getValue, row }) =>
      getValue() ? (
        <Badge size="2xsmall" color={row.original.conflict_id ? "red" : "grey"}>
          {row.original.conflict_id ? "Offline · conflict" : "Offline"}
        </Badge>
      ) : (
        "Online"
      ),
  }),
]

type ScanLogSectionProps = {
  eventId: string
  live: LiveState
}

/** Every scan of the event, newest first, searchable by code, card, ticket or attendee name. */
export const ScanLogSection = ({ eventId, live }: ScanLogSectionProps) => {
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const outcome = filtering.outcome as ScanOutcome | undefined

  const { scans, count, isPending, error } = useScanLog(
    eventId,
    {
      q: search.trim() || undefined,
      outcome,
      ...page,
    },
    { poll: live !== "live" }
  )
  const { gates } = useCheckinGates(eventId)
  const usherNames = useUsherNames()
  const columns = useMemo(() => buildColumns(gates, usherNames), [gates, usherNames])

  const table = useDataTable({
    columns,
    data: scans,
    getRowId: (scan) => scan.id,
    rowCount: count,
    isLoading: isPending,
    filters,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination,
  })

  return (
    <TableSection
      section="scan-log"
      title="Scan log"
      subtitle={`${count.toLocaleString()} scans`}
      table={table}
      error={error}
      subject="scan log"
      emptyState={{
        empty: { heading: "No scans yet", description: "Scans appear here as ushers scan at the gates." },
        filtered: { heading: "No matching scans", description: "Try another search or outcome." },
      }}
      tools={
        <div className="flex items-center gap-x-2">
          <DataTable.FilterMenu tooltip="Filter by outcome" />
          <DataTable.Search placeholder="Code, card, ticket or name" />
        </div>
      }
    />
  )
}
