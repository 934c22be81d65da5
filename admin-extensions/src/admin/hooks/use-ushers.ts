import type { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo } from "react"
import type { AdminUsherListResponse, NewUsher, Usher } from "../lib/checkin-types"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export const ushersQueryKeys = queryKeysFactory("tessera_ushers")

/** Every usher, newest first (the API's page limit, 100, covers a platform's staff). */
export const useUshers = () => {
  const { data, ...rest } = useQuery<AdminUsherListResponse, FetchError>({
    queryKey: ushersQueryKeys.lists(),
    queryFn: () => sdk.client.fetch<AdminUsherListResponse>("/admin/ushers", { query: { limit: 100 } }),
    staleTime: 60_000,
  })
  return { ushers: data?.ushers ?? [], ...rest }
}

/** Usher names by id, for scan rows. */
export const useUsherNames = () => {
  const { ushers } = useUshers()
  return useMemo(() => new Map(ushers.map((usher) => [usher.id, usher.name])), [ushers])
}

/** An usher with a password; they sign in at /usher in the PWA. */
export const useCreateUsher = () => {
  const queryClient = useQueryClient()
  return useMutation<{ usher: Usher }, FetchError, NewUsher>({
    mutationFn: (body) => sdk.client.fetch<{ usher: Usher }>("/admin/ushers", { method: "POST", body }),
    onSuccess: ({ usher }) => {
      void queryClient.invalidateQueries({ queryKey: ushersQueryKeys.all })
      toast.success("Usher created", { description: `${usher.name} signs in with ${usher.email}.` })
    },
    onError: (error) => {
      toast.error("Couldn't create the usher", { description: error.message })
    },
  })
}
