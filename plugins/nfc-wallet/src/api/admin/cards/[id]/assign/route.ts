import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldError } from "../../../../../modules/wallet/utils/field-error"
import { WALLET_MODULE, type WalletModuleService } from "../../../../../workflows/utils/services"
import type { AdminAssignCardType } from "../../validators"

/** Hands a card in stock to a customer (at a service desk); merchants assign with the customer's OTP instead. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAssignCardType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const card = await wallet.assignCard(req.params.id, req.validatedBody.customer_id)
  if (!card) throw fieldError(MedusaError.Types.NOT_ALLOWED, "id", "only a card in stock can be assigned")
  res.json({ card })
}
