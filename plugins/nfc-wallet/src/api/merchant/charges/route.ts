import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"
import { toCharge } from "./helpers"
import type { MerchantGetChargesParamsType } from "./validators"

/** The merchant's own charges, newest first, each with its refund if it has one. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, MerchantGetChargesParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { stand_id } = req.filterableFields as { stand_id?: string }
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const [charges, count] = await wallet.listAndCountLedgerTransactions(
    { merchant_id: req.auth_context.actor_id, kind: "charge", ...(stand_id ? { stand_id } : {}) },
    { skip, take, order: { created_at: "DESC" } }
  )
  const refunds = charges.length
    ? await wallet.listLedgerTransactions({ reverses_id: charges.map((c) => c.id), kind: "charge_refund" }, { select: ["id", "reverses_id", "created_at"] })
    : []
  const refundOf = new Map(refunds.map((r) => [r.reverses_id, r]))
  res.json({
    charges: charges.map((c) => ({
      ...toCharge(c),
      refund: refundOf.has(c.id) ? { id: refundOf.get(c.id)!.id, created_at: refundOf.get(c.id)!.created_at } : null,
    })),
    count,
    offset: skip,
    limit: take,
  })
}
