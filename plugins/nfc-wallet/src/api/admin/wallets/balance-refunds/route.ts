import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startWalletBalanceRefundRunWorkflow } from "../../../../workflows"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import type { AdminGetBalanceRefundRunsParamsType, AdminRefundEventBalancesType } from "../validators"
import { RUN_FIELDS } from "./run-view"

/**
 * After an event: refunds every wallet with money left whose holder has a card of the event, in the
 * background. Answers 202 with the run (`status: running`, `total`, `done`, `failed`) to follow at
 * `GET /admin/wallets/balance-refunds/:id`; while a run for the event is going, answers that one.
 * Safe to repeat: each refund is keyed by its top-up, so a later run refunds only what is still left.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRefundEventBalancesType>, res: MedusaResponse) {
  const { result } = await startWalletBalanceRefundRunWorkflow(req.scope).run({
    input: { event_id: req.validatedBody.event_id, requested_by: req.auth_context.actor_id },
  })
  res.status(202).json({ balance_refund_run: result.run })
}

/** Balance refund runs, newest first (`?event_id=`, `?status=`). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetBalanceRefundRunsParamsType>, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const [runs, count] = await req.scope
    .resolve<WalletModuleService>(WALLET_MODULE)
    .listAndCountBalanceRefundRuns(req.filterableFields, { select: RUN_FIELDS, skip, take, order: { created_at: "DESC", id: "DESC" } })
  res.json({ balance_refund_runs: runs, count, offset: skip, limit: take })
}
