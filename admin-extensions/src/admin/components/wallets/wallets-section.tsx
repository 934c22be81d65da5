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
import { useNavigate } from "react-router-dom"
import { customerLabel } from "../../hooks/use-customers"
import { useWallets } from "../../hooks/use-wallets"
import { formatDateTime } from "../../lib/format"
import type { Wallet } from "../../lib/wallet-types"
import { MoneyText } from "./money-text"
import { walletPath } from "./wallet-path"

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
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { wallets, count, isPending, error } = useWallets({
    offset: pagination.pageIndex * pagination.pageSize,
    limit: pagination.pageSize,
    q: search.trim() || undefined,
  })

  const table = useDataTable({
    columns,
    data: wallets,
    getRowId: (wallet) => wallet.id,
    rowCount: count,
    isLoading: isPending,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
    // @medusajs/ui hands onRowClick the table's row (typed as the data): both carry the wallet id
    onRowClick: (_event, row) => navigate(walletPath(row.id)),
  })

  return (
    <Container className="divide-y p-0" data-section="wallets">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading level="h2">Wallets</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Stored value per customer and currency. Open one for its ledger and cards.
            </Text>
          </div>
          <DataTable.Search placeholder="Email, name or card serial" />
        </DataTable.Toolbar>
        {error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            Couldn't load the wallets: {error.message}
          </Text>
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: { heading: "No wallets yet", description: "A wallet opens with a customer's first top-up." },
                filtered: { heading: "No matching wallets", description: "No holder's email, name or card matches." },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
    </Container>
  )
}
