import type { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import type { AdminPlatformResponse } from "../lib/types"

export const platformQueryKeys = queryKeysFactory("tessera_platform")

/** How this instance runs (database, Redis, payments, worker, Node). Read-only. */
export const usePlatform = () => {
  const { data, ...rest } = useQuery<AdminPlatformResponse, FetchError>({
    queryKey: platformQueryKeys.all,
    queryFn: () => sdk.client.fetch<AdminPlatformResponse>("/admin/platform"),
  })

  return { platform: data?.platform, ...rest }
}
