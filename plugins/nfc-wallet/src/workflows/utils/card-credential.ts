import type { MedusaContainer } from "@medusajs/framework/types"
import { NDEF_RECORD_TYPE } from "@tessera/credentials/codec"
import { CREDENTIAL_MODULE_KEY, type CredentialService } from "./services"

type CardClaims = { id: string; version: number; serial_number: string; event_id?: string | null }

/**
 * A card's signed credential at its current version, bound to its serial number, in the forms a
 * device needs: the NDEF record to write with Web NFC (record type + base64url payload) and QR text.
 * Ed25519 is deterministic, so signing again gives the same bytes until the version changes.
 */
export async function cardCredential(container: MedusaContainer, card: CardClaims) {
  const credentials = container.resolve<CredentialService>(CREDENTIAL_MODULE_KEY)
  const issued = await credentials.issueCredential({
    kind: "card",
    id: card.id,
    version: card.version,
    serial_number: card.serial_number,
    ...(card.event_id ? { event_id: card.event_id } : {}),
  })
  return {
    kid: issued.kid,
    credential: issued.credential,
    qr: issued.qr,
    ndef: { record_type: NDEF_RECORD_TYPE, data: issued.credential, tag_bytes: issued.tag_bytes },
  }
}
