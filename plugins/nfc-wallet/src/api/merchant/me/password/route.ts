import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { fieldError } from "../../../../modules/wallet/utils/field-error"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import type { MerchantChangePasswordType } from "../validators"

/** Changes the merchant's own emailpass password; the current one must be given (a borrowed session is not enough). */
export async function POST(req: AuthenticatedMedusaRequest<MerchantChangePasswordType>, res: MedusaResponse) {
  const merchant = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).retrieveMerchant(req.auth_context.actor_id)
  const auth = req.scope.resolve(Modules.AUTH)
  const { current_password, new_password } = req.validatedBody
  const check = await auth.authenticate("emailpass", { body: { email: merchant.email, password: current_password } })
  if (!check.success) throw fieldError(MedusaError.Types.INVALID_DATA, "current_password", "the current password is wrong")
  const updated = await auth.updateProvider("emailpass", { entity_id: merchant.email, password: new_password })
  if (!updated.success) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, updated.error ?? "the password could not be changed")
  res.json({ success: true })
}
