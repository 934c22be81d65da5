import type { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import type {
  AdminCredentialKeyListResponse,
  AdminCredentialKeyResponse,
} from "../lib/types"

export const credentialKeysQueryKeys = queryKeysFactory("tessera_credential_keys")

/** Public halves of the credential signing keys, newest first as the API returns them. */
export const useCredentialKeys = () => {
  const { data, ...rest } = useQuery<AdminCredentialKeyListResponse, FetchError>({
    queryKey: credentialKeysQueryKeys.lists(),
    queryFn: () =>
      sdk.client.fetch<AdminCredentialKeyListResponse>("/admin/credential-keys"),
  })

  return {
    credentialKeys: data?.credential_keys ?? [],
    count: data?.count ?? 0,
    ...rest,
  }
}

/** Issues a new active key; the previous one is retired but keeps verifying. */
export const useRotateCredentialKey = () => {
  const queryClient = useQueryClient()

  return useMutation<AdminCredentialKeyResponse, FetchError, void>({
    mutationFn: () =>
      sdk.client.fetch<AdminCredentialKeyResponse>("/admin/credential-keys/rotate", {
        method: "POST",
      }),
    onSuccess: ({ credential_key }) => {
      void queryClient.invalidateQueries({ queryKey: credentialKeysQueryKeys.all })
      toast.success("Signing key rotated", {
        description: `New active key ${credential_key.kid}`,
      })
    },
    onError: (error) => {
      toast.error("Couldn't rotate the signing key", { description: error.message })
    },
  })
}

/** Revokes a retired key: credentials it signed stop verifying. */
export const useRevokeCredentialKey = () => {
  const queryClient = useQueryClient()

  return useMutation<AdminCredentialKeyResponse, FetchError, string>({
    mutationFn: (kid) =>
      sdk.client.fetch<AdminCredentialKeyResponse>(
        `/admin/credential-keys/${encodeURIComponent(kid)}/revoke`,
        { method: "POST" }
      ),
    onSuccess: ({ credential_key }) => {
      void queryClient.invalidateQueries({ queryKey: credentialKeysQueryKeys.all })
      toast.success("Signing key revoked", {
        description: `Key ${credential_key.kid} no longer verifies credentials`,
      })
    },
    onError: (error) => {
      toast.error("Couldn't revoke the signing key", { description: error.message })
    },
  })
}
