import { createDataTableColumnHelper, useDataTable } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useBalanceRefundRuns } from "../../hooks/use-balance-refunds"
import { useEvents } from "../../hooks/use-events"
import { usePagedTable } from "../../hooks/use-paged-table"
import { formatDateTime } from "../../lib/format"
import type { BalanceRefundRun } from "../../lib/wallet-types"
import { TableSection } from "../common/table-section"
import { BalanceRefundRunPanel } from "./balance-refund-run-panel"
import { BalanceRefundRunStatusBadge } from "./balance-refund-run-status-badge"
import { StartBalanceRefundRun } from "./start-balance-refund-run"

const PAGE_SIZE = 5

const columnHelper = createDataTableColumnHelper<BalanceRefundRun & { event_title: string }>()

const columns = [
  columnHelper.accessor("event_title", { header: "Event" }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <BalanceRefundRunStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("done", {
    header: "Wallets",
    cell: ({ row }) => `${row.original.done} of ${row.original.total}`,
  }),
  columnHelper.accessor("failed", { header: "Failed" }),
  columnHelper.accessor("created_at", {
    header: "Started",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

/**
 * After an event: refund what is left in its wallets to the payments that filled them. Runs go on in
 * the background; the chosen one (the newest by default) shows its progress and failures.
 */
export const BalanceRefundsSection = () => {
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const { runs, count, isPending, error } = useBalanceRefundRuns(page)
  const { events } = useEvents()
  const [chosenId, setChosenId] = useState<string | undefined>()

  const titles = useMemo(() => new Map(events.map((event) => [event.id, event.title])), [events])
  const rows = useMemo(() => runs.map((run) => ({ ...run, event_title: titles.get(run.event_id) ?? run.event_id })), [runs, titles])
  const shownId = chosenId ?? rows[0]?.id

  const table = useDataTable({
    columns,
    data: rows,
    getRowId: (run) => run.id,
    rowCount: count,
    isLoading: isPending,
    pagination,
    onRowClick: (_event, row) => setChosenId(row.id),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <TableSection
        section="balance-refunds"
        title="Balance refunds"
        subtitle="After an event, refund every wallet's remaining balance to its top-up payments. Open a run for its progress."
        table={table}
        error={error}
        subject="balance refund runs"
        emptyState={{ empty: { heading: "No refunds yet", description: "Choose an event and refund its balances after it ends." } }}
        tools={<StartBalanceRefundRun onStarted={(run) => setChosenId(run.id)} />}
      />
      {shownId && <BalanceRefundRunPanel key={shownId} runId={shownId} />}
    </div>
  )
}
