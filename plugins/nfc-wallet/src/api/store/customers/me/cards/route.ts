import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CHARGEABLE_CARD_STATUSES } from "../../../../../modules/wallet/models/card"
import { cardCredential } from "../../../../../workflows/utils/card-credential"
import { WALLET_MODULE, type WalletModuleService } from "../../../../../workflows/utils/services"

const CARD_FIELDS = ["id", "serial_number", "kind", "status", "version", "event_id", "offline_cap", "replaced_by_id", "created_at"]

/**
 * The customer's own cards. Cards that can pay carry their signed credential (NDEF record for the
 * tag, QR text); blocked, lost and replaced cards carry none.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const cards = await wallet.listCards({ customer_id: req.auth_context.actor_id }, { select: CARD_FIELDS, order: { created_at: "DESC" } })
  const chargeable = CHARGEABLE_CARD_STATUSES as readonly string[]
  res.json({
    cards: await Promise.all(
      cards.map(async (card) => ({ ...card, credential: chargeable.includes(card.status) ? await cardCredential(req.scope, card) : null }))
    ),
    count: cards.length,
  })
}
