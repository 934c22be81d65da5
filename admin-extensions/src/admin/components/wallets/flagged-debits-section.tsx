import { createDataTableColumnHelper, useDataTable } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useFlaggedDebits } from "../../hooks/use-wallets"
import { formatDateTime } from "../../lib/format"
import type { LedgerTransaction } from "../../lib/wallet-types"
import { FlaggedDebitBadge } from "./flagged-debit-badge"
import { MoneyText } from "./money-text"
import { walletPath } from "./wallet-path"
import { usePagedTable } from "../../hooks/use-paged-table"
import { TableSection } from "../common/table-section"

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
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const { transactions, count, isPending, error } = useFlaggedDebits({
    ...page,
  })
  const table = useDataTable({
    columns,
    data: transactions,
    getRowId: (transaction) => transaction.id,
    rowCount: count,
    isLoading: isPending,
    pagination,
  })

  return (
    <TableSection
      section="flagged-debits"
      title="Flagged offline debits"
      subtitle="Stands without a connection charged these; on sync they took a wallet below zero or past a card's offline cap."
      table={table}
      error={error}
      subject="flagged debits"
      emptyState={{ empty: { heading: "Nothing flagged", description: "No offline debit overdrew a wallet." } }}
    />
  )
}
