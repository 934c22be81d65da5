import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../modules/wallet/utils/field-error"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import { walletViews } from "../wallet-view"

/** One wallet with its balance, currency and holder; a 404 naming `id` when there is none. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [found] = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).listWallets({ id: req.params.id })
  if (!found) throw fieldError(MedusaError.Types.NOT_FOUND, "id", `Wallet ${req.params.id} was not found`)
  const [wallet] = await walletViews(req.scope, [found])
  res.json({ wallet })
}
