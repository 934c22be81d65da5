import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignCardByOtpWorkflow } from "../../../../workflows"
import { cardCredential } from "../../../../workflows/utils/card-credential"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"
import type { MerchantAssignCardType } from "../validators"

/** Hands a card in stock to the customer whose code confirms it; answers the card with the credential to write to its tag. */
export async function POST(req: AuthenticatedMedusaRequest<MerchantAssignCardType>, res: MedusaResponse) {
  const { mobile, code, serial_number, credential } = req.validatedBody
  const { result } = await assignCardByOtpWorkflow(req.scope).run({
    input: { merchant_id: req.auth_context.actor_id, serial_number, credential, phone: mobile, code },
  })
  const card = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).cardById(result.id)
  res.json({ card: { ...card, credential: await cardCredential(req.scope, card) } })
}
