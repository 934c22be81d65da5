import { STATEMENT_PAGE } from "../lib/wallet-pages"
import { useCard } from "./use-cards"
import { useCustomerWallet, useWalletStatement } from "./use-wallets"

/**
 * A wallet by id, though the API lists wallets only by customer: the customer comes from the link
 * (`?customer_id=`) or else from a card its statement was paid with. A card since handed to someone
 * else leads to a customer without this wallet, and the page then shows the ledger alone.
 */
export const useWalletHolder = (walletId: string, customerIdFromLink: string | null) => {
  const { lines, isPending: statementPending } = useWalletStatement(walletId, STATEMENT_PAGE)
  const cardId = customerIdFromLink ? undefined : lines.find((line) => line.card_id)?.card_id ?? undefined
  const { card, isLoading: cardLoading } = useCard(cardId)
  const customerId = customerIdFromLink ?? card?.customer_id ?? null
  const { wallet, isLoading: walletLoading, error } = useCustomerWallet(walletId, customerId)
  const isPending = (!customerIdFromLink && statementPending) || cardLoading || walletLoading
  return { wallet, customerId, isPending, error }
}
