import type { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import type { AdminCustomerListResponse, CustomerSummary } from "../lib/wallet-types"

export const customersQueryKeys = queryKeysFactory("tessera_wallet_customers")

const FIELDS = "id,email,first_name,last_name"

/** Customers by id, for rows that only carry a customer_id (Medusa's own /admin/customers). */
export const useCustomersById = (ids: string[]) => {
  const unique = useMemo(() => [...new Set(ids)].sort(), [ids])
  const { data } = useQuery<AdminCustomerListResponse, FetchError>({
    queryKey: [...customersQueryKeys.lists(), { ids: unique }],
    queryFn: () =>
      sdk.client.fetch<AdminCustomerListResponse>("/admin/customers", {
        query: { id: unique, fields: FIELDS, limit: unique.length },
      }),
    enabled: unique.length > 0,
    staleTime: 60_000,
  })
  return useMemo(() => new Map((data?.customers ?? []).map((customer) => [customer.id, customer])), [data])
}

/** Ids of the customers matching a search (email or name), at most one page; undefined while not searching. */
export const useCustomerSearch = (q: string) => {
  const { data, ...rest } = useQuery<AdminCustomerListResponse, FetchError>({
    queryKey: [...customersQueryKeys.lists(), { q }],
    queryFn: () => sdk.client.fetch<AdminCustomerListResponse>("/admin/customers", { query: { q, fields: "id", limit: 20 } }),
    enabled: q.length > 0,
  })
  return { customerIds: q ? data?.customers.map((customer: CustomerSummary) => customer.id) : undefined, ...rest }
}

/** "First Last <email>" as far as the customer has those. */
export const customerLabel = (customer: CustomerSummary | undefined, fallbackId: string): string => {
  if (!customer) return fallbackId
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name ? `${name} (${customer.email})` : customer.email
}
