import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CHARGEABLE_CARD_STATUSES } from "../../../modules/wallet/models/card"
import { CREDENTIAL_MODULE_KEY, type CredentialService, WALLET_MODULE, type WalletModuleService } from "../../../workflows/utils/services"
import type { MerchantGetSnapshotParamsType } from "../charges/validators"
import { cardScopeOf } from "../scope"

/**
 * What a stand needs to charge offline: the public keys (revoked ones marked), and every card of
 * its events (or changed since `since`) with its current version, status and offline cap. A stand
 * refuses a credential older than the card's version or a card whose status is not chargeable, and
 * keeps each card's offline spending under its cap. `cursor` is the next `since`.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, MerchantGetSnapshotParamsType>, res: MedusaResponse) {
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const { since } = req.validatedQuery as MerchantGetSnapshotParamsType
  const cursor = new Date()
  const cards = await wallet.listCards(
    {
      ...cardScopeOf(await wallet.standsOf(req.auth_context.actor_id)),
      ...(since ? { updated_at: { $gt: new Date(since) } } : { status: { $ne: "in_stock" } }),
    },
    { select: ["id", "serial_number", "status", "version", "offline_cap", "event_id"] }
  )
  const keys = await req.scope.resolve<CredentialService>(CREDENTIAL_MODULE_KEY).listPublicKeys()
  res.json({
    snapshot: {
      cursor: cursor.toISOString(),
      chargeable_statuses: CHARGEABLE_CARD_STATUSES,
      keys: keys.map(({ kid, public_key, status }) => ({ kid, public_key, status })),
      cards,
    },
  })
}
