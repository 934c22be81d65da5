import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import type {
  AdminLedgerTransactionListResponse,
  AdminWalletListResponse,
  AdminWalletResponse,
  AdminWalletStatementResponse,
} from "../lib/wallet-types"

export const walletsQueryKeys = {
  ...queryKeysFactory("tessera_wallets"),
  statement: (walletId: string, page: Page) => ["tessera_wallets", "statement", walletId, page] as const,
  flagged: (page: Page) => ["tessera_wallets", "flagged", page] as const,
}

export type Page = { offset: number; limit: number }

/** Wallets with balance and holder, newest first; `q` finds the holder's email or name, or a card's serial number. */
export const useWallets = ({ offset, limit, q }: Page & { q?: string }) => {
  const { data, ...rest } = useQuery<AdminWalletListResponse, FetchError>({
    queryKey: [...walletsQueryKeys.lists(), { offset, limit, q }],
    queryFn: () =>
      sdk.client.fetch<AdminWalletListResponse>("/admin/wallets", { query: { offset, limit, ...(q ? { q } : {}) } }),
    placeholderData: keepPreviousData,
  })
  return { wallets: data?.wallets ?? [], count: data?.count ?? 0, ...rest }
}

/** One wallet with its balance and holder. */
export const useWallet = (walletId: string) => {
  const { data, ...rest } = useQuery<AdminWalletResponse, FetchError>({
    queryKey: walletsQueryKeys.detail(walletId),
    queryFn: () => sdk.client.fetch<AdminWalletResponse>(`/admin/wallets/${encodeURIComponent(walletId)}`),
  })
  return { wallet: data?.wallet, ...rest }
}

/** One page of a wallet's statement, newest first, each line with the balance after it. */
export const useWalletStatement = (walletId: string, page: Page) => {
  const { data, ...rest } = useQuery<AdminWalletStatementResponse, FetchError>({
    queryKey: walletsQueryKeys.statement(walletId, page),
    queryFn: () =>
      sdk.client.fetch<AdminWalletStatementResponse>(`/admin/wallets/${encodeURIComponent(walletId)}/transactions`, {
        query: page,
      }),
    placeholderData: keepPreviousData,
  })
  return { lines: data?.transactions ?? [], count: data?.count ?? 0, ...rest }
}

/** Offline debits that took a wallet below zero or past a card's offline cap: for review. */
export const useFlaggedDebits = (page: Page) => {
  const { data, ...rest } = useQuery<AdminLedgerTransactionListResponse, FetchError>({
    queryKey: walletsQueryKeys.flagged(page),
    queryFn: () =>
      sdk.client.fetch<AdminLedgerTransactionListResponse>("/admin/ledger/transactions", {
        query: { ...page, flagged: "true" },
      }),
    placeholderData: keepPreviousData,
  })
  return { transactions: data?.transactions ?? [], count: data?.count ?? 0, ...rest }
}
