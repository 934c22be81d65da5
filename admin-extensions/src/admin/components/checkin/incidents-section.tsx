import {
  Badge,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useIncidents } from "../../hooks/use-incidents"
import { usePagedTable } from "../../hooks/use-paged-table"
import { useUsherNames } from "../../hooks/use-ushers"
import { formatDateTime, humanizeCode } from "../../lib/format"
import { INCIDENT_TYPES, type Incident, type IncidentType } from "../../lib/incident-types"
import { TableSection } from "../common/table-section"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<Incident>()
const filterHelper = createDataTableFilterHelper<Incident>()

const filters = [
  filterHelper.accessor("type", {
    type: "radio",
    label: "Type",
    options: INCIDENT_TYPES.map((type) => ({ label: humanizeCode(type), value: type })),
  }),
]

/** The photo small, opening full size in a new tab. */
const PhotoThumbnail = ({ url }: { url: string }) => (
  <a href={url} target="_blank" rel="noreferrer" title="Open the photo">
    <img src={url} alt="Incident photo" className="border-ui-border-base h-10 w-10 rounded-md border object-cover" />
  </a>
)

const buildColumns = (usherNames: Map<string, string>) => [
  columnHelper.accessor("created_at", {
    header: "Reported",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("type", {
    header: "Type",
    cell: ({ getValue }) => (
      <Badge size="2xsmall" color={getValue() === "medical" || getValue() === "security" ? "red" : "grey"}>
        {humanizeCode(getValue())}
      </Badge>
    ),
  }),
  columnHelper.accessor("note", {
    header: "Note",
    cell: ({ getValue }) => (
      <span className="block max-w-[280px] truncate" title={getValue()}>
        {getValue()}
      </span>
    ),
  }),
  columnHelper.accessor("ticket_code", {
    header: "Ticket / card",
    cell: ({ row }) => {
      const { ticket_code, ticket_id, card_id, holder_name } = row.original
      const code = ticket_code ?? ticket_id ?? card_id
      return code ? (
        <span>
          <span className="font-mono">{code}</span>
          {holder_name ? ` · ${holder_name}` : ""}
        </span>
      ) : (
        "-"
      )
    },
  }),
  columnHelper.accessor("usher_id", {
    header: "Usher",
    cell: ({ getValue }) => usherNames.get(getValue()) ?? getValue(),
  }),
  columnHelper.accessor("photo_url", {
    header: "Photo",
    cell: ({ getValue }) => {
      const url = getValue()
      return url ? <PhotoThumbnail url={url} /> : "-"
    },
  }),
]

/** What ushers reported at the gates (medical, security, fraud…), newest first, with their photos. */
export const IncidentsSection = ({ eventId }: { eventId: string }) => {
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const type = filtering.type as IncidentType | undefined
  const { incidents, count, isPending, error } = useIncidents(eventId, { type, ...page })
  const usherNames = useUsherNames()
  const columns = useMemo(() => buildColumns(usherNames), [usherNames])

  const table = useDataTable({
    columns,
    data: incidents,
    getRowId: (incident) => incident.id,
    rowCount: count,
    isLoading: isPending,
    filters,
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination,
  })

  return (
    <TableSection
      section="incidents"
      title="Incidents"
      subtitle={`${count.toLocaleString()} reported`}
      table={table}
      error={error}
      subject="incidents"
      emptyState={{
        empty: { heading: "No incidents", description: "Incidents ushers report at the gates appear here." },
        filtered: { heading: "No incidents of this type", description: "Try another type." },
      }}
      tools={<DataTable.FilterMenu tooltip="Filter by type" />}
    />
  )
}
