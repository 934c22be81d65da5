import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  base64UrlToBytes,
  CREDENTIAL_REJECTIONS,
  type CredentialVerdict,
  decodeUnverified,
  normaliseSerialNumber,
  QR_TEXT_PREFIX,
} from "@tessera/credentials/codec"
import type CredentialModule from "@tessera/credentials/modules/credential"
import type { GateList, ScanDirection, ScanReason, UsherAccess } from "../modules/checkin/types"
import type { GateScan, ScanCandidate } from "../modules/checkin/utils/adjudicate"
import { fieldError } from "../workflows/utils/field-error"
import { attendeeCard } from "./attendee-card"
import { judgeCard, loadCards } from "./cards"
import { type GateTicket, loadProfiles, loadTickets } from "./tickets"

type CredentialService = InstanceType<(typeof CredentialModule)["service"]>

/** A scan as a device sends it (DESIGN §5). */
export type ScanRequest = {
  id: string
  event_id: string
  gate_id?: string | null
  direction: ScanDirection
  credential: string
  serial_number?: string | null
  scanned_at: Date
  device_id?: string | null
}

/** The gate a scan happens at: the one named, else the usher's only gate. */
export function gateOf(access: UsherAccess, gateId: string | null | undefined, field: string): GateList | null {
  const allowed = access.gate_ids?.length ? access.gates.filter((gate) => access.gate_ids?.includes(gate.gate_id)) : access.gates
  if (gateId) {
    const gate = access.gates.find((candidate) => candidate.gate_id === gateId)
    if (!gate) throw fieldError(MedusaError.Types.NOT_FOUND, field, `Gate ${gateId} was not found at this event`)
    if (!allowed.includes(gate)) throw fieldError(MedusaError.Types.FORBIDDEN, field, `You are not assigned to gate ${gateId}`)
    return gate
  }
  if (allowed.length > 1) throw fieldError(MedusaError.Types.INVALID_DATA, field, "gate_id is required: you are assigned to several gates")
  return allowed[0] ?? null
}

/** The credential as the kernel reads it (QR text stays text), decoded once per scan; undefined when it is not even that. */
function credentialInput(credential: string): Uint8Array | string | undefined {
  try {
    return credential.startsWith(QR_TEXT_PREFIX) ? credential : base64UrlToBytes(credential)
  } catch {
    return undefined
  }
}

/** What a credential claims to be, unverified: only used to read every ticket and card of a batch in one go. */
function claimedSubject(input: Uint8Array | string | undefined): { kind: "ticket" | "card"; id: string } | undefined {
  if (input === undefined) return undefined
  try {
    const { claims } = decodeUnverified(input)
    return { kind: claims.kind, id: claims.id }
  } catch {
    return undefined
  }
}

/**
 * Judges scans up to the admission itself: credential (forged, revoked), ticket or card (not_found,
 * wrong_event, invalid, a blocked or replaced card), list and window (not_open, blocked). What passes
 * is left for the database to admit exactly once. Offline scans are judged at their device time.
 */
export async function judgeScans(
  scope: MedusaContainer,
  access: UsherAccess,
  requests: ScanRequest[],
  { offline, gateField = () => "gate_id" }: { offline: boolean; gateField?: (index: number) => string }
): Promise<GateScan[]> {
  const gates = requests.map((request, index) => gateOf(access, request.gate_id, gateField(index)))
  const inputs = requests.map((request) => credentialInput(request.credential))
  const subjects = inputs.map(claimedSubject)
  const idsOf = (kind: "ticket" | "card") => subjects.flatMap((subject) => (subject?.kind === kind ? [subject.id] : []))
  const cards = await loadCards(scope, access.event_id, idsOf("card"))
  const tickets = await loadTickets(scope, [...idsOf("ticket"), ...[...cards.values()].flatMap((card) => card.ticket_ids)])
  const profiles = await loadProfiles(scope, [...tickets.values()])
  const credentials = scope.resolve<CredentialService>("credential")
  const receivedAt = new Date()

  return Promise.all(
    requests.map(async (request, index): Promise<GateScan> => {
      const gate = gates[index]
      const verdict: CredentialVerdict = await credentials.verify(inputs[index] ?? request.credential, (kind, id) =>
        kind === "ticket" ? tickets.get(id)?.version : cards.get(id)?.version
      )
      const claims = verdict.ok ? verdict.claims : undefined
      const ticket = claims?.kind === "ticket" ? tickets.get(claims.id) : undefined
      const base: GateScan = {
        id: request.id,
        event_id: access.event_id,
        usher_id: access.usher_id,
        device_id: request.device_id ?? null,
        direction: request.direction,
        scanned_at: request.scanned_at,
        offline,
        gate_id: gate?.gate_id ?? null,
        list: gate ? { id: gate.list_id, allow_reentry: gate.allow_reentry } : null,
        ticket_id: ticket?.id ?? (verdict.claims?.kind === "ticket" ? verdict.claims.id : null),
        ticket_code: ticket?.code ?? null,
        card_id: verdict.claims?.kind === "card" ? verdict.claims.id : null,
        holder_name: null,
        rejection: null,
        attendee: null,
      }
      const seen = (seenTicket: GateTicket): ScanCandidate => ({
        ticket_id: seenTicket.id,
        ticket_code: seenTicket.code,
        holder_name: seenTicket.holder_name,
        attendee: attendeeCard(seenTicket, seenTicket.customer_id ? profiles.get(seenTicket.customer_id) : undefined),
      })
      const reject = (reason: ScanReason, withTicket?: GateTicket): GateScan => ({
        ...base,
        rejection: reason,
        ...(withTicket ? seen(withTicket) : {}),
      })
      // Whether this gate, now, lets the ticket through: invalid, not_open, blocked, or null when it does.
      const admits = (candidate: GateTicket): ScanReason | null => {
        if (candidate.status !== "valid") return "invalid"
        if (!gate || access.scanning === "closed" || !withinWindow(gate, offline ? request.scanned_at : receivedAt)) return "not_open"
        if (gate.ticket_type_ids?.length && !gate.ticket_type_ids.includes(candidate.ticket_type_id)) return "blocked"
        return null
      }

      if (!verdict.ok) return reject(CREDENTIAL_REJECTIONS[verdict.reason])
      if (claims?.serial_number && request.serial_number && !sameSerial(request.serial_number, claims.serial_number)) {
        // a signed credential copied onto another tag
        return reject("forged")
      }
      if (claims?.kind === "card") {
        const judged = judgeCard(cards.get(claims.id), claims.serial_number, access.event_id, tickets, admits)
        if ("reason" in judged) return reject(judged.reason, judged.ticket)
        const candidates = judged.tickets.map(seen)
        return { ...base, ...candidates[0], ...(candidates.length > 1 ? { candidates } : {}) }
      }
      if (!ticket) return reject("not_found")
      if ((claims?.event_id && claims.event_id !== access.event_id) || ticket.event_id !== access.event_id) {
        return reject("wrong_event")
      }
      const refusal = admits(ticket)
      return refusal ? reject(refusal, ticket) : { ...base, ...seen(ticket) }
    })
  )
}

function withinWindow(gate: GateList, at: Date): boolean {
  const time = at.getTime()
  if (gate.opens_at && time < Date.parse(gate.opens_at)) return false
  if (gate.closes_at && !(time < Date.parse(gate.closes_at))) return false
  return true
}

function sameSerial(sent: string, signed: string): boolean {
  try {
    return normaliseSerialNumber(sent) === signed
  } catch {
    return false
  }
}
