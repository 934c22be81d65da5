import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { CredentialVerdict } from "@tessera/credentials/codec"
import { CHARGEABLE_CARD_STATUSES } from "../../modules/wallet/models/card"
import type { CardRow } from "../../modules/wallet/service"
import { fieldError } from "../../modules/wallet/utils/field-error"
import { CREDENTIAL_MODULE_KEY, type CredentialService, WALLET_MODULE, type WalletModuleService } from "./services"

export type ResolvedCard = CardRow

export const isChargeable = (card: ResolvedCard) => (CHARGEABLE_CARD_STATUSES as readonly string[]).includes(card.status)

/** Verifies a credential against the card it names (its current version decides `revoked`); the card when the signature held. */
async function verifyCard(container: MedusaContainer, credential: string): Promise<{ verdict: CredentialVerdict; card?: ResolvedCard }> {
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const credentials = container.resolve<CredentialService>(CREDENTIAL_MODULE_KEY)
  let card: ResolvedCard | undefined
  const verdict = await credentials.verify(credential, async (kind, id) => {
    if (kind !== "card") return undefined
    card = await wallet.cardById(id)
    return card?.version
  })
  return { verdict, card }
}

/** Why a verified card credential does not name a card we can use, if it does not. */
function mismatch(verdict: CredentialVerdict, card: ResolvedCard | undefined): string | undefined {
  if (verdict.claims?.kind !== "card") return "the credential is not a card's"
  if (!card) return "the card is not known"
  if (verdict.claims.serial_number !== card.serial_number) return "the credential is bound to another serial number"
}

/** The card a genuine, current credential names, whatever its status; a 4xx on `credential` otherwise. */
export async function resolveSignedCard(container: MedusaContainer, credential: string): Promise<ResolvedCard> {
  const { verdict, card } = await verifyCard(container, credential)
  if (!verdict.ok) throw fieldError(MedusaError.Types.INVALID_DATA, "credential", `the credential was rejected: ${verdict.reason}`)
  const problem = mismatch(verdict, card)
  if (problem) throw fieldError(card ? MedusaError.Types.INVALID_DATA : MedusaError.Types.NOT_FOUND, "credential", problem)
  return card!
}

/**
 * For debits a stand already accepted offline: a genuine signature is enough (the goods are gone),
 * even when the card was blocked or re-versioned after the stand's snapshot; that is flagged by the
 * caller, not refused. Only what no stand could have verified is refused: forgeries, malformed bytes,
 * unknown or revoked keys, unknown cards.
 */
export async function resolveOfflineCard(
  container: MedusaContainer,
  credential: string
): Promise<{ card: ResolvedCard; revoked: boolean } | { rejected: string }> {
  const { verdict, card } = await verifyCard(container, credential)
  const signed = verdict.ok || verdict.reason === "revoked" || verdict.reason === "expired"
  if (!signed) return { rejected: verdict.reason }
  const problem = mismatch(verdict, card)
  if (problem) return { rejected: problem }
  return { card: card!, revoked: !verdict.ok }
}
