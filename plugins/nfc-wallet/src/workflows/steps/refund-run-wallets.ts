import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { BalanceRefundOutcomeInput } from "../../modules/wallet/utils/balance-refund-runs"
import { refundWalletBalanceWorkflow } from "../refund-wallet-balance"
import { WALLET_MODULE, type WalletModuleService } from "../utils/services"
import type { BalanceRefundRunLease } from "./claim-balance-refund-run"

/** Pending wallets read per query: a run of thousands never holds them all in memory. */
const BATCH = 100

export const refundRunWalletsStepId = "refund-run-wallets-step"

/**
 * Refunds a run's pending wallets one at a time, each through `refund-wallet-balance` (its own
 * workflow: one wallet's failure stops nobody else's), and records each outcome with the lease,
 * which also renews it. Stops when none is pending or the lease was lost (the resume job gave the
 * run to another worker). A wallet refunded twice moves money once: the refunds are keyed per top-up.
 */
export const refundRunWalletsStep = createStep(refundRunWalletsStepId, async (lease: BalanceRefundRunLease | null, { container }) => {
  if (!lease) return new StepResponse({ settled: 0, lease_lost: false })
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  let settled = 0
  for (;;) {
    const pending = await wallet.pendingBalanceRefundOutcomes(lease.run_id, BATCH)
    if (!pending.length) return new StepResponse({ settled, lease_lost: false })
    for (const outcome of pending) {
      const result = await refundOne(container, outcome.wallet_id, lease.requested_by)
      const kept = await wallet.settleBalanceRefundOutcome({ run_id: lease.run_id, lease_id: lease.lease_id, outcome_id: outcome.id, ...result })
      if (!kept) {
        container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`balance refund run ${lease.run_id}: lease lost, another worker goes on`)
        return new StepResponse({ settled, lease_lost: true })
      }
      settled++
    }
  }
})

/**
 * One wallet's refund as an outcome: failed when the workflow threw, a payment refused its piece, or
 * money is left that no top-up payment covers.
 */
async function refundOne(container: MedusaContainer, wallet_id: string, requested_by: string | null): Promise<BalanceRefundOutcomeInput> {
  const { result, errors } = await refundWalletBalanceWorkflow(container).run({ input: { wallet_id, requested_by }, throwOnError: false })
  if (errors.length) {
    const message = errors.map((e) => (e.error instanceof Error ? e.error.message : String(e.error?.message ?? e.error))).join("; ")
    return { status: "failed", balance: null, refunds: null, error: message }
  }
  const { refunds, balance } = result
  const refused = refunds.filter((r) => r.status === "failed")
  if (refused.length) return { status: "failed", balance, refunds, error: refused.map((r) => `payment ${r.payment_id}: ${r.error}`).join("; ") }
  // money that came from no payment (an admin credit) stays: the admin must settle it another way
  if (balance > 0) return { status: "failed", balance, refunds, error: "no top-up payment is left to refund the rest of the balance to" }
  return { status: "refunded", balance, refunds, error: null }
}
