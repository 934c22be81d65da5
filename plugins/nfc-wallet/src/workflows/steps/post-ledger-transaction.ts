import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { PostedTransaction, TransactionInput } from "../../modules/wallet/service"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type PostLedgerTransactionStepInput = { existing_id?: string; transaction?: TransactionInput }

export const postLedgerTransactionStepId = "post-ledger-transaction-step"

/**
 * Posts a planned transaction (or reads the one a retried key already made). Undo posts the exact
 * reverse under its own idempotency key, so undoing twice moves nothing more; a replayed transaction
 * is never undone, since this run did not make it.
 */
export const postLedgerTransactionStep = createStep(
  postLedgerTransactionStepId,
  async ({ existing_id, transaction }: PostLedgerTransactionStepInput, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const posted: PostedTransaction = existing_id
      ? { ...(await wallet.retrievePostedTransaction(existing_id)), replayed: true }
      : await wallet.postTransaction(transaction!)
    return new StepResponse(posted, posted.replayed ? undefined : posted)
  },
  async (posted, { container }) => {
    if (!posted) return
    await container.resolve<WalletModuleService>(WALLET_MODULE).postTransaction({
      idempotency_key: `undo:${posted.id}`,
      kind: "adjustment",
      currency_code: posted.currency_code,
      amount: posted.amount,
      wallet_id: posted.wallet_id,
      reverses_id: posted.id,
      description: "undone by a failed workflow",
      // the reverse of a transaction that was allowed must be allowed too, whatever moved since
      allow_overdraw: true,
      postings: posted.postings.map((p) => ({ account_id: p.account_id, amount: -p.amount })),
    })
  }
)
