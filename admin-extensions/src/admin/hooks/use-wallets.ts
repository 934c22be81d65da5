import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import type {
  AdminLedgerTransactionListResponse,
  AdminWalletListResponse,
  AdminWalletStatementResponse,
  Wallet,
} from "../lib/wallet-types"

export const walletsQueryKeys = {
  ...queryKeysFactory("tessera_wallets"),
  statement: (walletId: string, page: Page) => ["tessera_wallets", "statement", walletId, page] as const,
  flagged: (page: Page) => ["tessera_wallets", "flagged", page] as const,
}

export type Page = { offset: number; limit: number }

type WalletListParams = Page & { customerIds?: string[] }

/**
 * Wallets, newest first. The API filters by one customer at a time, so a search by customer
 * asks once per matching customer (the search caps those at a page) and pages locally.
 */
export const useWallets = ({ offset, limit, customerIds }: WalletListParams) => {
  const { data, ...rest } = useQuery<AdminWalletListResponse, FetchError>({
    queryKey: [...walletsQueryKeys.lists(), { offset, limit, customerIds }],
    queryFn: async () => {
      if (!customerIds) {
        return sdk.client.fetch<AdminWalletListResponse>("/admin/wallets", { query: { offset, limit } })
      }
      const pages = await Promise.all(
        customerIds.map((customer_id) =>
          sdk.client.fetch<AdminWalletListResponse>("/admin/wallets", { query: { customer_id, limit: 100 } })
        )
      )
      const wallets: Wallet[] = pages.flatMap((page) => page.wallets)
      return { wallets: wallets.slice(offset, offset + limit), count: wallets.length, offset, limit }
    },
    placeholderData: keepPreviousData,
  })
  return { wallets: data?.wallets ?? [], count: data?.count ?? 0, ...rest }
}

/** The wallets of one customer: how a wallet's page finds its header (the API has no GET by id). */
export const useCustomerWallet = (walletId: string, customerId: string | null) => {
  const { data, ...rest } = useQuery<AdminWalletListResponse, FetchError>({
    queryKey: [...walletsQueryKeys.details(), walletId, customerId],
    queryFn: () =>
      sdk.client.fetch<AdminWalletListResponse>("/admin/wallets", { query: { customer_id: customerId, limit: 100 } }),
    enabled: !!customerId,
  })
  return { wallet: data?.wallets.find((wallet) => wallet.id === walletId), ...rest }
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
