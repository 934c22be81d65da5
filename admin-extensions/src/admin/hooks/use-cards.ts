import type { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import type {
  AdminCardImportResponse,
  AdminCardListResponse,
  AdminCardResponse,
  CardStatus,
} from "../lib/wallet-types"

export const cardsQueryKeys = queryKeysFactory("tessera_cards")

export type CardListParams = {
  offset: number
  limit: number
  status?: CardStatus
  customer_id?: string
  serial_number?: string
}

/** The card inventory, newest first, filtered by status, holder or exact serial number. */
export const useCards = (params: CardListParams) => {
  const { data, ...rest } = useQuery<AdminCardListResponse, FetchError>({
    queryKey: [...cardsQueryKeys.lists(), params],
    queryFn: () => sdk.client.fetch<AdminCardListResponse>("/admin/cards", { query: params }),
    placeholderData: keepPreviousData,
  })
  return { cards: data?.cards ?? [], count: data?.count ?? 0, ...rest }
}

/** Blocks a card: its credential stops working at once, at the gates and at every stand. */
export const useBlockCard = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminCardResponse, FetchError, string>({
    mutationFn: (cardId) =>
      sdk.client.fetch<AdminCardResponse>(`/admin/cards/${encodeURIComponent(cardId)}/block`, { method: "POST" }),
    onSuccess: ({ card }) => {
      void queryClient.invalidateQueries({ queryKey: cardsQueryKeys.all })
      toast.success("Card blocked", { description: `Card ${card.serial_number} no longer pays or opens gates` })
    },
    onError: (error) => {
      toast.error("Couldn't block the card", { description: error.message })
    },
  })
}

/** Moves a holder to a card in stock; the old one is marked replaced and its credential revoked. */
export const useReplaceCard = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminCardResponse, FetchError, { cardId: string; serialNumber: string }>({
    mutationFn: ({ cardId, serialNumber }) =>
      sdk.client.fetch<AdminCardResponse>(`/admin/cards/${encodeURIComponent(cardId)}/replace`, {
        method: "POST",
        body: { serial_number: serialNumber },
      }),
    onSuccess: ({ card }) => {
      void queryClient.invalidateQueries({ queryKey: cardsQueryKeys.all })
      toast.success("Card replaced", { description: `The holder now uses card ${card.serial_number}` })
    },
    onError: (error) => {
      toast.error("Couldn't replace the card", { description: error.message })
    },
  })
}

export type CardImport = { csv: string; kind: "card" | "wristband" }

/** Adds serial numbers from a CSV as cards in stock; serials already known are skipped. */
export const useImportCards = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminCardImportResponse, FetchError, CardImport>({
    mutationFn: (body) => sdk.client.fetch<AdminCardImportResponse>("/admin/cards/import", { method: "POST", body }),
    onSuccess: ({ import: result }) => {
      void queryClient.invalidateQueries({ queryKey: cardsQueryKeys.all })
      toast.success(`${result.created} cards imported`, {
        description: result.skipped ? `${result.skipped} of ${result.total} were already known and skipped` : undefined,
      })
    },
    onError: (error) => {
      toast.error("Couldn't import the cards", { description: error.message })
    },
  })
}

/** One card, for the holder it names. */
export const useCard = (cardId: string | undefined) => {
  const { data, ...rest } = useQuery<AdminCardResponse, FetchError>({
    queryKey: cardsQueryKeys.detail(cardId ?? ""),
    queryFn: () => sdk.client.fetch<AdminCardResponse>(`/admin/cards/${encodeURIComponent(cardId ?? "")}`),
    enabled: !!cardId,
  })
  return { card: data?.card, ...rest }
}
