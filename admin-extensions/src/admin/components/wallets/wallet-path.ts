/** The admin path of a wallet's page. */
export const walletPath = (walletId: string): string => `/wallets/${encodeURIComponent(walletId)}`
