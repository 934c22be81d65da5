import { Container, createDataTableColumnHelper, Heading, Text, useDataTable } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useBalanceRefundFailures, useBalanceRefundRun } from "../../hooks/use-balance-refunds"
import { useEvents } from "../../hooks/use-events"
import { usePagedTable } from "../../hooks/use-paged-table"
import { formatDateTime } from "../../lib/format"
import { formatMinorUnits } from "../../lib/money"
import type { BalanceRefundOutcome } from "../../lib/wallet-types"
import { TableSection } from "../common/table-section"
import { BalanceRefundRunStatusBadge } from "./balance-refund-run-status-badge"
import { MoneyText } from "./money-text"
import { walletPath } from "./wallet-path"

const PAGE_SIZE = 10

const columnHelper = createDataTableColumnHelper<BalanceRefundOutcome>()

const columns = [
  columnHelper.accessor("wallet_id", {
    header: "Wallet",
    cell: ({ getValue }) => (
      <Link to={walletPath(getValue())} className="text-ui-fg-interactive font-mono hover:underline">
        {getValue()}
      </Link>
    ),
  }),
  columnHelper.accessor("balance", {
    header: "Left in the wallet",
    cell: ({ getValue, row }) => {
      const balance = getValue()
      return balance === null ? "-" : <MoneyText amount={balance} currencyCode={row.original.currency_code} />
    },
  }),
  columnHelper.accessor("error", {
    header: "Error",
    cell: ({ getValue }) => (
      <Text size="small" className="text-ui-fg-error whitespace-normal">
        {getValue() ?? "-"}
      </Text>
    ),
  }),
]

/** A bar for done of total, readable by assistive technology. */
const Progress = ({ done, total }: { done: number; total: number }) => {
  const percent = total ? Math.round((done / total) * 100) : 100
  return (
    <div
      role="progressbar"
      aria-label="Wallets settled"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full"
    >
      <div className="bg-ui-fg-interactive h-full transition-[width]" style={{ width: `${percent}%` }} />
    </div>
  )
}

/** One run's progress (read again every two seconds while it runs) and the wallets it could not refund, with why. */
export const BalanceRefundRunPanel = ({ runId }: { runId: string }) => {
  const { run, error } = useBalanceRefundRun(runId)
  const { events } = useEvents()
  const { page, pagination } = usePagedTable(PAGE_SIZE)
  const failures = useBalanceRefundFailures(runId, page, run?.done)
  const table = useDataTable({
    columns,
    data: failures.outcomes,
    getRowId: (outcome) => outcome.id,
    rowCount: failures.count,
    isLoading: failures.isPending,
    pagination,
  })

  if (error) {
    return (
      <Container data-section="balance-refund-run">
        <Text size="small" className="text-ui-fg-error">
          Couldn't load the balance refund run: {error.message}
        </Text>
      </Container>
    )
  }
  if (!run) return null
  const eventTitle = events.find((event) => event.id === run.event_id)?.title ?? run.event_id
  const refunded = Object.entries(run.refunded)
    .map(([currency, amount]) => formatMinorUnits(amount, currency))
    .join(" + ")

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4" data-section="balance-refund-run">
        <div className="flex items-center justify-between gap-x-2">
          <Heading level="h2">Refunds for {eventTitle}</Heading>
          <BalanceRefundRunStatusBadge status={run.status} />
        </div>
        <Progress done={run.done} total={run.total} />
        <Text size="small" className="text-ui-fg-subtle tabular-nums" data-testid="balance-refund-progress">
          {run.done} of {run.total} wallets settled · {run.failed} failed · {refunded ? `${refunded} refunded` : "nothing refunded"}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          Started {formatDateTime(run.created_at)}
          {run.finished_at ? ` · finished ${formatDateTime(run.finished_at)}` : ""}
        </Text>
        {run.error && (
          <Text size="small" className="text-ui-fg-error">
            {run.error}
          </Text>
        )}
      </Container>
      {(run.failed > 0 || failures.count > 0) && (
        <TableSection
          section="balance-refund-failures"
          title="Wallets not refunded"
          subtitle="Their money stays in the wallet; a new run for the event tries them again."
          table={table}
          error={failures.error}
          subject="failed wallets"
          emptyState={{ empty: { heading: "No failures", description: "Every wallet was refunded." } }}
        />
      )}
    </div>
  )
}
