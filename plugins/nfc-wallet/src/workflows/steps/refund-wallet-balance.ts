import type { IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { toMajorUnits, toMinorUnits } from "../utils/top-up"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"

export type BalanceRefund = { top_up_id: string; payment_id: string; amount: number; status: "refunded" | "failed"; transaction_id?: string; error?: string }

export const refundWalletBalanceStepId = "refund-wallet-balance-step"

type TopUp = { id: string; amount: number; metadata: Record<string, unknown> | null }

/** The payment a top-up was paid with: an auto-reload names it; a checkout top-up names its order. */
async function paymentOf(container: MedusaContainer, topUp: TopUp): Promise<string | undefined> {
  if (typeof topUp.metadata?.payment_id === "string") return topUp.metadata.payment_id
  if (typeof topUp.metadata?.order_id !== "string") return undefined
  const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id"],
    filters: { id: topUp.metadata.order_id },
  })
  const collections = (order?.payment_collections ?? []) as ({ payments?: ({ id: string } | null)[] | null } | null)[]
  return collections.flatMap((c) => c?.payments ?? []).find(Boolean)?.id
}

/**
 * Refunds what is left in a wallet to the payments that filled it, newest top-up first, until the
 * balance is covered. Each piece is one ledger transaction (wallet → refunds account) keyed by its
 * top-up, posted before the money leaves, then a Medusa refund on the payment (captured first where the
 * provider only authorized) carrying the same key as its note: a retried run finds both and moves
 * nothing twice, and finishes a piece whose run died between the two. A refund the provider refuses
 * reverses its ledger piece and is reported, not thrown. Top-ups without a payment (admin credits)
 * are not refundable here. A top-up is refunded at most once.
 */
export const refundWalletBalanceStep = createStep(
  refundWalletBalanceStepId,
  async ({ wallet_id, requested_by }: { wallet_id: string; requested_by?: string | null }, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const [holder] = await wallet.listWallets({ id: wallet_id }, { select: ["id", "account_id", "currency_code"] })
    if (!holder) throw fieldError(MedusaError.Types.NOT_FOUND, "id", `Wallet ${wallet_id} was not found`)
    // one run per wallet at a time (across instances with Redis): a concurrent run waits, then finds the balance gone
    const refunds = await container
      .resolve(Modules.LOCKING)
      .execute(`wallet-balance-refund:${wallet_id}`, () => refundBalance(container, holder, requested_by ?? null))
    return new StepResponse({ wallet_id, refunds, balance: await wallet.walletBalance(wallet_id) })
  }
)

async function refundBalance(
  container: MedusaContainer,
  holder: { id: string; account_id: string; currency_code: string },
  requestedBy: string | null
): Promise<BalanceRefund[]> {
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const payments = container.resolve(Modules.PAYMENT)
  const topUps = (await wallet.listLedgerTransactions(
    { wallet_id: holder.id, kind: "top_up" },
    { select: ["id", "amount", "metadata"], order: { created_at: "DESC", id: "DESC" } }
  )) as TopUp[]
  const refundsAccount = await wallet.ensureAccount("refunds", null, holder.currency_code)
  const results: BalanceRefund[] = []
  let left = await wallet.walletBalance(holder.id)

  for (const topUp of topUps) {
    const key = `balance-refund:${topUp.id}`
    const earlierId = await wallet.transactionIdByKey(key)
    if (earlierId) {
      // an earlier run took this piece from the wallet: finish its Medusa refund if that run died before it
      if (!(await wallet.transactionIdByKey(`undo:${earlierId}`))) {
        const earlier = await wallet.retrievePostedTransaction(earlierId)
        await refundPayment(payments, earlier.metadata!.payment_id as string, earlier.amount, key)
      }
      continue
    }
    if (left <= 0) break
    const paymentId = await paymentOf(container, topUp)
    if (!paymentId) continue
    const amount = Math.min(left, topUp.amount)
    const posted = await wallet.postTransaction({
      idempotency_key: key,
      kind: "balance_refund",
      currency_code: holder.currency_code,
      amount,
      wallet_id: holder.id,
      description: "Balance refunded after the event",
      metadata: { top_up_id: topUp.id, payment_id: paymentId, requested_by: requestedBy },
      postings: [
        { account_id: holder.account_id, amount: -amount },
        { account_id: refundsAccount.id, amount },
      ],
    })
    try {
      await refundPayment(payments, paymentId, amount, key)
      results.push({ top_up_id: topUp.id, payment_id: paymentId, amount, status: "refunded", transaction_id: posted.id })
      left -= amount
    } catch (error) {
      await wallet.postTransaction({
        idempotency_key: `undo:${posted.id}`,
        kind: "adjustment",
        currency_code: holder.currency_code,
        amount,
        wallet_id: holder.id,
        reverses_id: posted.id,
        description: "balance refund refused by the payment provider",
        postings: posted.postings.map((p) => ({ account_id: p.account_id, amount: -p.amount })),
      })
      results.push({ top_up_id: topUp.id, payment_id: paymentId, amount, status: "failed", error: (error as Error).message })
    }
  }
  return results
}

/** A Medusa refund of `amount` (minor units) on a payment, once per key; it captures what must be captured first. */
async function refundPayment(payments: IPaymentModuleService, paymentId: string, amount: number, key: string) {
  const payment = await payments.retrievePayment(paymentId, { relations: ["captures", "refunds"] })
  if (payment.refunds?.some((r) => r.note === key)) return
  const captured = (payment.captures ?? []).reduce((sum, c) => sum + toMinorUnits(Number(c.amount)), 0)
  const uncaptured = toMinorUnits(Number(payment.amount)) - captured
  // the system provider only authorizes at checkout; a refund needs captured money
  if (captured < amount && uncaptured > 0) await payments.capturePayment({ payment_id: paymentId, amount: toMajorUnits(uncaptured) })
  await payments.refundPayment({ payment_id: paymentId, amount: toMajorUnits(amount), note: key })
}
