import { Badge, createDataTableColumnHelper, useDataTable } from "@medusajs/ui"
import { useWalletStatement } from "../../hooks/use-wallets"
import { formatDateTime } from "../../lib/format"
import type { StatementLine } from "../../lib/wallet-types"
import { FlaggedDebitBadge } from "./flagged-debit-badge"
import { MoneyText } from "./money-text"
import { transactionKindLabel } from "./transaction-kind-label"
import { usePagedTable } from "../../hooks/use-paged-table"
import { TableSection } from "../common/table-section"

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
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const { lines, count, isPending, error } = useWalletStatement(walletId, {
    ...page,
  })
  const table = useDataTable({
    columns,
    data: lines,
    getRowId: (line) => line.id,
    rowCount: count,
    isLoading: isPending,
    pagination,
  })

  return (
    <TableSection
      section="ledger"
      title="Ledger"
      subtitle="Top-ups, charges, refunds and transfers. Flagged lines are offline debits that overdrew the wallet."
      table={table}
      error={error}
      subject="ledger"
      emptyState={{ empty: { heading: "No movements yet", description: "Nothing was posted." } }}
    />
  )
}
