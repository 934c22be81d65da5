/** Wallet limits in minor units. A wallet's own `max_balance` overrides the default ceiling. */
export const WALLET_LIMITS = {
  min_top_up: 500,
  max_top_up: 25_000,
  max_balance: 50_000,
} as const
