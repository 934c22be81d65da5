import type { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect } from "react"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import type {
  AdminBalanceRefundOutcomeListResponse,
  AdminBalanceRefundRunListResponse,
  AdminBalanceRefundRunResponse,
} from "../lib/wallet-types"
import type { Page } from "./use-wallets"
import { walletsQueryKeys } from "./use-wallets"

export const balanceRefundsQueryKeys = {
  ...queryKeysFactory("tessera_balance_refunds"),
  outcomes: (runId: string, page: Page & { status?: string }) => ["tessera_balance_refunds", "outcomes", runId, page] as const,
}

const RUNS_URL = "/admin/wallets/balance-refunds"

/** How often a running run is read again: progress moves a wallet at a time. */
export const RUN_POLL_MS = 2_000

/** Balance refund runs, newest first; read again every two seconds while one of them runs. */
export const useBalanceRefundRuns = (page: Page) => {
  const { data, ...rest } = useQuery<AdminBalanceRefundRunListResponse, FetchError>({
    queryKey: [...balanceRefundsQueryKeys.lists(), page],
    queryFn: () => sdk.client.fetch<AdminBalanceRefundRunListResponse>(RUNS_URL, { query: page }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.balance_refund_runs.some((run) => run.status === "running") ? RUN_POLL_MS : false),
  })
  return { runs: data?.balance_refund_runs ?? [], count: data?.count ?? 0, ...rest }
}

/** One run with its progress, polled while it runs; when it ends, the runs table is read again to agree. */
export const useBalanceRefundRun = (runId: string) => {
  const queryClient = useQueryClient()
  const { data, ...rest } = useQuery<AdminBalanceRefundRunResponse, FetchError>({
    queryKey: balanceRefundsQueryKeys.detail(runId),
    queryFn: () => sdk.client.fetch<AdminBalanceRefundRunResponse>(`${RUNS_URL}/${encodeURIComponent(runId)}`),
    refetchInterval: (query) => (query.state.data?.balance_refund_run.status === "running" ? RUN_POLL_MS : false),
  })
  const status = data?.balance_refund_run.status
  useEffect(() => {
    if (status && status !== "running") void queryClient.invalidateQueries({ queryKey: balanceRefundsQueryKeys.lists() })
  }, [status, queryClient])
  return { run: data?.balance_refund_run, ...rest }
}

/**
 * A run's wallets that failed, with their errors. `settled` (the run's `done`) is part of the key, so
 * the list is read again whenever the polled run has settled more wallets, and once more at its end.
 */
export const useBalanceRefundFailures = (runId: string, page: Page, settled: number | undefined) => {
  const query = { ...page, status: "failed" }
  const { data, ...rest } = useQuery<AdminBalanceRefundOutcomeListResponse, FetchError>({
    queryKey: [...balanceRefundsQueryKeys.outcomes(runId, query), settled],
    queryFn: () =>
      sdk.client.fetch<AdminBalanceRefundOutcomeListResponse>(`${RUNS_URL}/${encodeURIComponent(runId)}/wallets`, { query }),
    placeholderData: keepPreviousData,
    enabled: settled !== undefined,
  })
  return { outcomes: data?.wallets ?? [], count: data?.count ?? 0, ...rest }
}

/** Starts refunding an event's remaining wallet balances in the background (or joins the run already going). */
export const useStartBalanceRefundRun = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminBalanceRefundRunResponse, FetchError, string>({
    mutationFn: (eventId) =>
      sdk.client.fetch<AdminBalanceRefundRunResponse>(RUNS_URL, { method: "POST", body: { event_id: eventId } }),
    onSuccess: ({ balance_refund_run: run }) => {
      void queryClient.invalidateQueries({ queryKey: balanceRefundsQueryKeys.all })
      void queryClient.invalidateQueries({ queryKey: walletsQueryKeys.all })
      if (!run.total) toast.info("Nothing to refund", { description: "No wallet of this event has money left." })
      else toast.success("Balance refunds started", { description: `${run.total === 1 ? "1 wallet is" : `${run.total} wallets are`} refunded in the background` })
    },
    onError: (error) => {
      toast.error("Couldn't start the balance refunds", { description: error.message })
    },
  })
}
