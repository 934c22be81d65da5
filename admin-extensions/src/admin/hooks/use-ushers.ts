import type { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import type { AdminUsherListResponse } from "../lib/checkin-types"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export const ushersQueryKeys = queryKeysFactory("tessera_ushers")

/** Usher names by id, for scan and conflict rows (the API's page limit, 100, covers an event's staff). */
export const useUsherNames = () => {
  const { data } = useQuery<AdminUsherListResponse, FetchError>({
    queryKey: ushersQueryKeys.lists(),
    queryFn: () => sdk.client.fetch<AdminUsherListResponse>("/admin/ushers", { query: { limit: 100 } }),
    staleTime: 60_000,
  })
  return useMemo(() => new Map((data?.ushers ?? []).map((usher) => [usher.id, usher.name])), [data])
}
