import type { TransactionKind } from "../../lib/wallet-types"

const KIND_LABELS = {
  top_up: "Top-up",
  charge: "Charge",
  charge_refund: "Charge refund",
  card_transfer: "Card transfer",
  balance_refund: "Balance refund",
  adjustment: "Adjustment",
} as const satisfies Record<TransactionKind, string>

export const transactionKindLabel = (kind: TransactionKind): string => KIND_LABELS[kind] ?? kind
