import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CHARGEABLE_CARD_STATUSES } from "../../../../modules/wallet/models/card"
import { cardCredential } from "../../../../workflows/utils/card-credential"
import { WALLET_MODULE, type WalletModuleService } from "../../../../workflows/utils/services"

/** One card; a card that can pay comes with its credential, which the desk writes to the tag (NDEF) when handing it out. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const card = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).retrieveCard(req.params.id)
  const chargeable = (CHARGEABLE_CARD_STATUSES as readonly string[]).includes(card.status)
  res.json({ card: { ...card, credential: chargeable ? await cardCredential(req.scope, card) : null } })
}
