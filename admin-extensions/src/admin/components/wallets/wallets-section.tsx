import { createDataTableColumnHelper, DataTable, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { customerLabel } from "../../hooks/use-customers"
import { useWallets } from "../../hooks/use-wallets"
import { formatDateTime } from "../../lib/format"
import type { Wallet } from "../../lib/wallet-types"
import { MoneyText } from "./money-text"
import { walletPath } from "./wallet-path"
import { usePagedTable } from "../../hooks/use-paged-table"
import { TableSection } from "../common/table-section"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<Wallet>()

const columns = [
  columnHelper.accessor("customer_id", {
    header: "Customer",
    cell: ({ getValue, row }) => customerLabel(row.original.customer, getValue()),
  }),
  columnHelper.accessor("currency_code", {
    header: "Currency",
    cell: ({ getValue }) => getValue().toUpperCase(),
  }),
  columnHelper.accessor("balance", {
    header: "Balance",
    cell: ({ getValue, row }) => <MoneyText amount={getValue()} currencyCode={row.original.currency_code} />,
  }),
  columnHelper.accessor("created_at", {
    header: "Opened",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

/** Every wallet with its balance; the search finds the holder's email or name, or a card's serial number. */
export const WalletsSection = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const { wallets, count, isPending, error } = useWallets({
    ...page,
    q: search.trim() || undefined,
  })

  const table = useDataTable({
    columns,
    data: wallets,
    getRowId: (wallet) => wallet.id,
    rowCount: count,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch },
    pagination,
    // @medusajs/ui hands onRowClick the table's row (typed as the data): both carry the wallet id
    onRowClick: (_event, row) => navigate(walletPath(row.id)),
  })

  return (
    <TableSection
      section="wallets"
      title="Wallets"
      subtitle="Stored value per customer and currency. Open one for its ledger and cards."
      table={table}
      error={error}
      subject="wallets"
      emptyState={{
        empty: { heading: "No wallets yet", description: "A wallet opens with a customer's first top-up." },
        filtered: { heading: "No matching wallets", description: "No holder's email, name or card matches." },
      }}
      tools={<DataTable.Search placeholder="Email, name or card serial" />}
    />
  )
}
