import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useWalletStatement } from "../../hooks/use-wallets"
import { formatDateTime } from "../../lib/format"
import type { StatementLine } from "../../lib/wallet-types"
import { FlaggedDebitBadge } from "./flagged-debit-badge"
import { MoneyText } from "./money-text"
import { transactionKindLabel } from "./transaction-kind-label"

const PAGE_SIZE = 20


const columnHelper = createDataTableColumnHelper<StatementLine>()

const columns = [
  columnHelper.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("kind", {
    header: "Kind",
    cell: ({ getValue }) => transactionKindLabel(getValue()),
  }),
  columnHelper.accessor("description", {
    header: "Description",
    cell: ({ getValue }) => getValue() ?? "-",
  }),
  columnHelper.accessor("amount", {
    header: "Amount",
    cell: ({ getValue, row }) => <MoneyText amount={getValue()} currencyCode={row.original.currency_code} signed />,
  }),
  columnHelper.accessor("balance_after", {
    header: "Balance after",
    cell: ({ getValue, row }) => <MoneyText amount={getValue()} currencyCode={row.original.currency_code} />,
  }),
  columnHelper.display({
    id: "flags",
    cell: ({ row }) =>
      row.original.flagged ? (
        <FlaggedDebitBadge />
      ) : row.original.offline ? (
        <Badge size="2xsmall">Offline</Badge>
      ) : null,
  }),
]

/** The wallet's ledger, newest first: every movement with the balance right after it. */
export const WalletStatementSection = ({ walletId }: { walletId: string }) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const { lines, count, isPending, error } = useWalletStatement(walletId, {
    offset: pagination.pageIndex * pagination.pageSize,
    limit: pagination.pageSize,
  })
  const table = useDataTable({
    columns,
    data: lines,
    getRowId: (line) => line.id,
    rowCount: count,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" data-section="ledger">
      <div className="px-6 py-4">
        <Heading level="h2">Ledger</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Top-ups, charges, refunds and transfers. Flagged lines are offline debits that overdrew the wallet.
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Couldn't load the ledger: {error.message}
        </Text>
      ) : (
        <DataTable instance={table}>
          <DataTable.Table emptyState={{ empty: { heading: "No movements yet", description: "Nothing was posted." } }} />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}
