import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useCards } from "../../hooks/use-cards"
import { customerLabel, useCustomersById } from "../../hooks/use-customers"
import { formatDateTime } from "../../lib/format"
import { formatMinorUnits } from "../../lib/money"
import { normaliseSerialInput } from "../../lib/serial-number"
import { type Card, CARD_STATUSES, type CardStatus, type CustomerSummary } from "../../lib/wallet-types"
import { CardActions } from "./card-actions"
import { CardStatusBadge, cardStatusLabel } from "./card-status-badge"
import { ImportCardsDrawer } from "./import-cards-drawer"
import { usePagedTable } from "../../hooks/use-paged-table"
import { TableSection } from "../common/table-section"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<Card>()
const filterHelper = createDataTableFilterHelper<Card>()

const filters = [
  filterHelper.accessor("status", {
    type: "radio",
    label: "Status",
    options: CARD_STATUSES.map((status) => ({ label: cardStatusLabel(status), value: status })),
  }),
]

const buildColumns = (currencyCode: string | undefined, holders: Map<string, CustomerSummary> | null) => [
  columnHelper.accessor("serial_number", {
    header: "Serial number",
    cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
  }),
  columnHelper.accessor("kind", {
    header: "Kind",
    cell: ({ getValue }) => (getValue() === "card" ? "Card" : "Wristband"),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <CardStatusBadge status={getValue()} />,
  }),
  ...(holders
    ? [
        columnHelper.accessor("customer_id", {
          header: "Holder",
          cell: ({ getValue }) => {
            const customerId = getValue()
            return customerId ? customerLabel(holders.get(customerId), customerId) : "-"
          },
        }),
      ]
    : []),
  columnHelper.accessor("offline_cap", {
    // a cap is stored per card without a currency: shown as money only where the wallet's is known
    header: currencyCode ? "Offline cap" : "Offline cap (minor units)",
    cell: ({ getValue }) => (currencyCode ? formatMinorUnits(getValue(), currencyCode) : getValue().toLocaleString()),
  }),
  columnHelper.accessor("status_changed_at", {
    header: "Status since",
    cell: ({ getValue, row }) => formatDateTime(getValue() ?? row.original.created_at),
  }),
  columnHelper.display({
    id: "actions",
    cell: ({ row }) => <CardActions card={row.original} />,
  }),
]

type CardsSectionProps = {
  /** Only this holder's cards (a wallet's page); the whole inventory, with import, when absent. */
  customerId?: string
  /** The holder's wallet currency, to show offline caps as money. */
  currencyCode?: string
}

/** Cards and wristbands with their status; block or replace them, import serial numbers in bulk. */
export const CardsSection = ({ customerId, currencyCode }: CardsSectionProps) => {
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const serial = normaliseSerialInput(search)

  const { cards, count, isPending, error } = useCards({
    ...page,
    status: filtering.status as CardStatus | undefined,
    customer_id: customerId,
    serial_number: serial || undefined,
  })
  const holderIds = useMemo(() => cards.flatMap((card) => (card.customer_id ? [card.customer_id] : [])), [cards])
  const holders = useCustomersById(customerId ? [] : holderIds)
  // a customer's own cards need no holder column
  const columns = useMemo(() => buildColumns(currencyCode, customerId ? null : holders), [currencyCode, customerId, holders])
  const table = useDataTable({
    columns,
    data: cards,
    getRowId: (card) => card.id,
    rowCount: count,
    isLoading: isPending,
    filters,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination,
  })

  return (
    <TableSection
      section="cards"
      title={customerId ? "Cards of this customer" : "Cards and wristbands"}
      subtitle="Blocking or replacing a card revokes its credential; the balance stays in the wallet."
      table={table}
      error={error}
      subject="cards"
      emptyState={{
        empty: {
          heading: "No cards",
          description: customerId ? "This customer holds no card." : "Import serial numbers to stock cards.",
        },
        filtered: { heading: "No matching cards", description: "Search takes a whole serial number." },
      }}
      tools={
        <div className="flex items-center gap-x-2">
          <DataTable.FilterMenu tooltip="Filter by status" />
          <DataTable.Search placeholder="Exact serial number" />
          {!customerId && <ImportCardsDrawer />}
        </div>
      }
    />
  )
}
