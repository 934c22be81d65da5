import type { PostedPosting, PostedTransaction } from "../../../modules/wallet/service"

type ChargeRow = Omit<PostedTransaction, "postings" | "replayed" | "items" | "kind"> & { kind: string; items: unknown; postings?: unknown[] }

/**
 * What a stand sees of a charge or refund: its own idempotency key, never the ledger's account ids.
 * The wallet's balance right after it comes with posted transactions (listed rows carry no postings).
 */
export function toCharge(posted: ChargeRow) {
  const walletLeg = (posted.postings as PostedPosting[] | undefined)?.find((p) => p.account_kind === "wallet")
  return {
    id: posted.id,
    kind: posted.kind,
    idempotency_key: posted.idempotency_key.replace(/^charge:[^:]+:/, ""),
    amount: posted.amount,
    currency_code: posted.currency_code,
    description: posted.description,
    items: posted.items,
    card_id: posted.card_id,
    stand_id: posted.stand_id,
    reverses_id: posted.reverses_id,
    wallet_balance: walletLeg?.balance_after ?? null,
    offline: posted.offline,
    flagged: posted.flagged,
    device_time: posted.device_time,
    created_at: posted.created_at,
  }
}

/** Replays answer exactly like the first request; the header tells a client it was one. */
export const REPLAY_HEADER = "idempotent-replayed"
