import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useFlaggedDebits } from "../../hooks/use-wallets"
import { formatDateTime } from "../../lib/format"
import type { LedgerTransaction } from "../../lib/wallet-types"
import { FlaggedDebitBadge } from "./flagged-debit-badge"
import { MoneyText } from "./money-text"
import { walletPath } from "./wallet-path"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<LedgerTransaction>()

const columns = [
  columnHelper.accessor("device_time", {
    header: "Taken at the stand",
    cell: ({ getValue, row }) => formatDateTime(getValue() ?? row.original.created_at),
  }),
  columnHelper.accessor("created_at", {
    header: "Synced",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("amount", {
    header: "Amount",
    cell: ({ getValue, row }) => <MoneyText amount={getValue()} currencyCode={row.original.currency_code} />,
  }),
  columnHelper.accessor("wallet_id", {
    header: "Wallet",
    cell: ({ getValue }) => {
      const walletId = getValue()
      return walletId ? (
        <Link to={walletPath(walletId)} className="text-ui-fg-interactive font-mono hover:underline">
          {walletId}
        </Link>
      ) : (
        "-"
      )
    },
  }),
  columnHelper.accessor("description", {
    header: "Description",
    cell: ({ getValue }) => getValue() ?? "-",
  }),
  columnHelper.display({
    id: "flag",
    cell: () => <FlaggedDebitBadge />,
  }),
]

/** Offline debits the stands took that overdrew a wallet or a card's cap: the ones to follow up. */
export const FlaggedDebitsSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { transactions, count, isPending, error } = useFlaggedDebits({
    offset: pagination.pageIndex * pagination.pageSize,
    limit: pagination.pageSize,
  })
  const table = useDataTable({
    columns,
    data: transactions,
    getRowId: (transaction) => transaction.id,
    rowCount: count,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" data-section="flagged-debits">
      <div className="px-6 py-4">
        <Heading level="h2">Flagged offline debits</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Stands without a connection charged these; on sync they took a wallet below zero or past a card's offline cap.
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Couldn't load the flagged debits: {error.message}
        </Text>
      ) : (
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{ empty: { heading: "Nothing flagged", description: "No offline debit overdrew a wallet." } }}
          />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}
