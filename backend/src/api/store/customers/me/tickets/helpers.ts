import type { MedusaContainer } from "@medusajs/framework/types"
import type CredentialModule from "@tessera/credentials/modules/credential"

type CredentialService = InstanceType<(typeof CredentialModule)["service"]>

export const CREDENTIAL_MODULE_KEY = "credential"

export type TicketRow = {
  id: string
  code: string
  status: "valid" | "void" | "refunded"
  version: number
  holder_name: string | null
  order_id: string | null
  event_id: string
  created_at: Date | string
  event: {
    id: string
    title: string
    starts_at: Date | string
    ends_at: Date | string
    timezone: string
    venue?: { name: string; city: string } | null
  }
  ticket_type: { id: string; name: string; tier: string; allows_dependents: boolean; max_dependents: number }
  /** People attached to the ticket (tickets whose type admits dependents). */
  dependents: { id: string; name: string; birth_date: Date | string; relation: string }[]
}

export type StoreTicketCredential = {
  /** QR text (`TS1:` + base45). */
  qr: string
  /** base64url of the signed bytes, the payload of the NFC tag's record. */
  nfc: string
  kid: string
  version: number
}

export type StoreTicket = Omit<TicketRow, "event_id"> & { credential: StoreTicketCredential | null }

/**
 * Credentials are signed on demand, never stored. Signing a ticket is one Ed25519 signature
 * (Ed25519 is deterministic: same claims and key give the same bytes, so a customer's QR stays the
 * same between requests), and signing at read time means the credential always carries the
 * ticket's current version and the active key: a rotation or a version bump (transfer, reissue,
 * void) needs no re-signing pass, no stored credential can go stale, and no signed credential of
 * a voided or refunded ticket is ever handed out. Only valid tickets get one.
 */
export async function withCredential(ticket: TicketRow, credentials: CredentialService): Promise<StoreTicket> {
  const { event_id, ...rest } = ticket
  if (ticket.status !== "valid") return { ...rest, credential: null }
  const issued = await credentials.issueCredential({ kind: "ticket", id: ticket.id, version: ticket.version, event_id })
  return { ...rest, credential: { qr: issued.qr, nfc: issued.credential, kid: issued.kid, version: ticket.version } }
}

export async function withCredentials(tickets: TicketRow[], scope: MedusaContainer): Promise<StoreTicket[]> {
  const credentials = scope.resolve<CredentialService>(CREDENTIAL_MODULE_KEY)
  return Promise.all(tickets.map((ticket) => withCredential(ticket, credentials)))
}
