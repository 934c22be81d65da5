import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../modules/wallet/utils/field-error"
import type { WalletModuleService } from "../../../../workflows/utils/services"

/** What a run answers: everything but its lease, which only its worker needs. */
export const RUN_FIELDS = [
  "id",
  "event_id",
  "status",
  "total",
  "done",
  "failed",
  "requested_by",
  "attempts",
  "heartbeat_at",
  "finished_at",
  "error",
  "created_at",
  "updated_at",
]

export const OUTCOME_FIELDS = ["id", "wallet_id", "currency_code", "status", "amount", "balance", "refunds", "error", "updated_at"]

/** A run by id, or a 404 naming `id`. */
export async function runOr404(wallet: WalletModuleService, id: string) {
  const [run] = await wallet.listBalanceRefundRuns({ id }, { select: RUN_FIELDS })
  if (!run) throw fieldError(MedusaError.Types.NOT_FOUND, "id", `Balance refund run ${id} was not found`)
  return run
}
