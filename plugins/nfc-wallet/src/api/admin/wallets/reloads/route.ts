import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import type { AdminGetWalletReloadsParamsType } from "../validators"

/** Auto-reload attempts, newest first (`?status=failed` for the ones that need a look), with their payment and ledger ids. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetWalletReloadsParamsType>, res: MedusaResponse) {
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [reloads, count] = await req.scope
    .resolve<WalletModuleService>(WALLET_MODULE)
    .listAndCountWalletReloads(req.filterableFields, { skip, take, order: { created_at: "DESC" } })
  res.json({ reloads, count, offset: skip, limit: take })
}
