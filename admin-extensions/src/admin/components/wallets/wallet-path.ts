/**
 * The admin path of a wallet's page. The customer goes along in the query because the API finds
 * wallets by customer, not by id; without it the page still shows the ledger.
 */
export const walletPath = ({ id, customer_id }: { id: string; customer_id?: string | null }): string =>
  `/wallets/${encodeURIComponent(id)}${customer_id ? `?customer_id=${encodeURIComponent(customer_id)}` : ""}`
