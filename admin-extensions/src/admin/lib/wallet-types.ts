/** Response shapes of the NFC wallet admin routes. Amounts are minor units (cents). */

/** Who holds a wallet; null on the wallet when the customer was deleted. */
export type WalletHolder = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

export type Wallet = {
  id: string
  customer_id: string
  currency_code: string
  account_id: string
  balance: number
  max_balance: number
  created_at: string
  customer: WalletHolder | null
}

export type AdminWalletListResponse = { wallets: Wallet[]; count: number; offset: number; limit: number }

export type AdminWalletResponse = { wallet: Wallet }

export type TransactionKind = "top_up" | "charge" | "charge_refund" | "card_transfer" | "balance_refund" | "adjustment"

/** One line of a wallet's statement: the wallet's own leg of a transaction. */
export type StatementLine = {
  id: string
  kind: TransactionKind
  /** Signed: positive credits the wallet, negative debits it. */
  amount: number
  balance_after: number
  currency_code: string
  description: string | null
  merchant_id: string | null
  stand_id: string | null
  card_id: string | null
  offline: boolean
  flagged: boolean
  created_at: string
}

export type AdminWalletStatementResponse = { transactions: StatementLine[]; count: number; offset: number; limit: number }

export type LedgerTransaction = {
  id: string
  kind: TransactionKind
  currency_code: string
  amount: number
  wallet_id: string | null
  merchant_id: string | null
  stand_id: string | null
  card_id: string | null
  description: string | null
  offline: boolean
  flagged: boolean
  device_time: string | null
  created_at: string
}

export type AdminLedgerTransactionListResponse = { transactions: LedgerTransaction[]; count: number; offset: number; limit: number }

export const CARD_STATUSES = ["in_stock", "assigned", "active", "blocked", "lost", "replaced"] as const
export type CardStatus = (typeof CARD_STATUSES)[number]

export type Card = {
  id: string
  serial_number: string
  kind: "card" | "wristband"
  status: CardStatus
  version: number
  customer_id: string | null
  event_id: string | null
  offline_cap: number
  replaced_by_id: string | null
  status_changed_at: string | null
  created_at: string
}

export type AdminCardListResponse = { cards: Card[]; count: number; offset: number; limit: number }

export type AdminCardResponse = { card: Card }

export type AdminCardImportResponse = { import: { created: number; skipped: number; total: number } }

/** The few customer fields the wallet pages show. */
export type CustomerSummary = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

export type AdminCustomerListResponse = { customers: CustomerSummary[]; count: number }

export const BALANCE_REFUND_RUN_STATUSES = ["running", "completed", "completed_with_errors", "failed"] as const
export type BalanceRefundRunStatus = (typeof BALANCE_REFUND_RUN_STATUSES)[number]

/** A background refund of every wallet's remaining balance after an event. */
export type BalanceRefundRun = {
  id: string
  event_id: string
  status: BalanceRefundRunStatus
  /** Wallets with money left when the run started. */
  total: number
  /** Wallets settled so far, refunded or failed. */
  done: number
  /** Settled wallets that were not fully refunded. */
  failed: number
  requested_by: string | null
  attempts: number
  heartbeat_at: string | null
  finished_at: string | null
  /** Why the run was given up (status `failed`). */
  error: string | null
  created_at: string
}

export type AdminBalanceRefundRunListResponse = { balance_refund_runs: BalanceRefundRun[]; count: number; offset: number; limit: number }

/** One run with what it refunded so far, per currency, in minor units. */
export type AdminBalanceRefundRunResponse = { balance_refund_run: BalanceRefundRun & { refunded: Record<string, number> } }

/** One wallet of a run. */
export type BalanceRefundOutcome = {
  id: string
  wallet_id: string
  currency_code: string
  status: "pending" | "refunded" | "failed"
  amount: number
  balance: number | null
  error: string | null
  updated_at: string
}

export type AdminBalanceRefundOutcomeListResponse = { wallets: BalanceRefundOutcome[]; count: number; offset: number; limit: number }
