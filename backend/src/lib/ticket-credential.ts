import type { MedusaContainer } from "@medusajs/framework/types"
import type CredentialModule from "@tessera/credentials/modules/credential"
import { EVENTS_MODULE_KEY, type EventsService } from "../workflows/utils/events-service"

type CredentialService = InstanceType<(typeof CredentialModule)["service"]>

const CREDENTIAL_MODULE_KEY = "credential"

export type TicketCredentialStatus =
  | "valid"
  | "revoked"
  | "void"
  | "refunded"
  | "expired"
  | "forged"
  | "malformed"
  | "unknown_key"
  | "key_revoked"
  | "not_found"
  | "not_a_ticket"

export type CheckedTicket = {
  id: string
  code: string
  status: string
  version: number
  holder_name: string | null
  holder_email: string | null
  customer_id: string | null
  event_id: string
  ticket_type_id: string
}

export type TicketCredentialCheck = {
  status: TicketCredentialStatus
  /** The version the credential carries, when its signature verified. */
  credential_version?: number
  kid?: string
  /** The ticket as it stands now, when the credential names one that exists. */
  ticket?: CheckedTicket
}

const TICKET_FIELDS: (keyof CheckedTicket)[] = [
  "id",
  "code",
  "status",
  "version",
  "holder_name",
  "holder_email",
  "customer_id",
  "event_id",
  "ticket_type_id",
]

/**
 * What support staff need to know about a credential someone shows them (QR `TS1:` text, or the
 * base64url bytes of a tag): does it verify, and is it the ticket's current credential. The
 * signature is checked first (forged, unknown or revoked key, malformed); then the ticket's current
 * version revokes older credentials; then the ticket's own status (void, refunded) decides. Never
 * throws on bad input, so a support tool can show every answer.
 */
export async function checkTicketCredential(scope: MedusaContainer, credential: string): Promise<TicketCredentialCheck> {
  const credentials = scope.resolve<CredentialService>(CREDENTIAL_MODULE_KEY)
  const events = scope.resolve<EventsService>(EVENTS_MODULE_KEY)
  const found: { ticket?: CheckedTicket } = {}

  const verdict = await credentials.verify(credential, async (kind, id) => {
    if (kind !== "ticket") return undefined
    const [ticket] = await events.listTickets({ id }, { select: TICKET_FIELDS })
    found.ticket = ticket as CheckedTicket | undefined
    return found.ticket?.version
  })

  const claims = verdict.claims
  const base = { kid: verdict.kid, credential_version: claims?.version, ...(found.ticket ? { ticket: found.ticket } : {}) }
  if (!verdict.ok) return { status: verdict.reason, ...base }
  if (claims?.kind !== "ticket") return { status: "not_a_ticket", ...base }
  if (!found.ticket) return { status: "not_found", ...base }
  if (found.ticket.status === "void" || found.ticket.status === "refunded") return { status: found.ticket.status, ...base }
  return { status: "valid", ...base }
}
