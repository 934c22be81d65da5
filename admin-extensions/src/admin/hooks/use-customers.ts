import type { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import type { AdminCustomerListResponse } from "../lib/wallet-types"

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

/** The parts of a customer a label needs: Medusa's customers and wallet holders both have them. */
type Labelled = { email: string | null; first_name: string | null; last_name: string | null }

/** "First Last (email)" as far as the customer has those; the id when nothing is known. */
export const customerLabel = (customer: Labelled | null | undefined, fallbackId: string): string => {
  const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
  const email = customer?.email
  if (name && email) return `${name} (${email})`
  return name || email || fallbackId
}
