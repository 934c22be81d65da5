import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type CredentialModule from "@tessera/credentials/modules/credential"
import type EventsModule from "@tessera/events/modules/events"
import { CHECKIN_MODULE } from "../modules/checkin"
import type CheckinModuleService from "../modules/checkin/service"
import type { UsherAccess } from "../modules/checkin/types"
import { type GateCard, gateCardResolver } from "../modules/checkin/utils/card-resolver"
import { fieldError } from "../workflows/utils/field-error"
import { attendeeCard } from "./attendee-card"
import { type GateTicket, loadProfiles } from "./tickets"

type EventsService = InstanceType<(typeof EventsModule)["service"]>
type CredentialService = InstanceType<(typeof CredentialModule)["service"]>

/**
 * Where a device stands in its download. A pass walks the tickets changed since `since` in id
 * order (`after`); it started at `from`. When a pass ends the next one starts a little before
 * `from`, so a row committed late with an earlier `updated_at` is still picked up (re-sending a
 * row is harmless: devices upsert by id).
 */
type Cursor = { since: string | null; from: string; after: string }

const LATE_COMMIT_MARGIN_MS = 5_000

function readCursor(raw: string | undefined): Cursor {
  if (!raw) return { since: null, from: new Date().toISOString(), after: "" }
  try {
    const cursor = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Cursor>
    const valid = (value: unknown) => value === null || (typeof value === "string" && !Number.isNaN(Date.parse(value)))
    if (!valid(cursor.since ?? null) || typeof cursor.after !== "string") throw new Error("bad cursor")
    const since = cursor.since ?? null
    // A cursor that ended a pass has no `from`: this call starts the next pass now.
    const from = typeof cursor.from === "string" && valid(cursor.from) ? cursor.from : new Date().toISOString()
    return { since, from, after: cursor.after }
  } catch {
    throw fieldError(MedusaError.Types.INVALID_DATA, "since", "since is not a cursor this server gave out")
  }
}

const writeCursor = (cursor: Partial<Cursor>) => Buffer.from(JSON.stringify(cursor)).toString("base64url")

/**
 * A card as a device judges it offline: a credential older than `version` is revoked; `state` other
 * than `active` refuses it (blocked → blocked, replaced → revoked, unassigned → not_found); otherwise
 * it stands for the first of `ticket_ids` (this event's tickets, oldest first) that the device's
 * tickets and list let through, as online.
 */
const snapshotCard = ({ id, serial_number, state, version, event_id, ticket_ids }: GateCard) => ({
  id,
  serial_number,
  state,
  version,
  event_id,
  ticket_ids,
})

/**
 * Everything a device needs to verify and adjudicate offline: the public keys (with revoked ones),
 * the gates and lists, the scanning status, tickets with their current version and attendee card,
 * admission states and the cards (wristbands) of the event's ticket holders. Tickets come in pages;
 * the other parts come whole with a pass's first page.
 */
export async function eventSnapshot(scope: MedusaContainer, access: UsherAccess, rawCursor: string | undefined, limit: number) {
  const cursor = readCursor(rawCursor)
  const firstPage = cursor.after === ""
  const changed = cursor.since ? { updated_at: { $gte: new Date(cursor.since) } } : {}
  const page = (await scope.resolve<EventsService>("events").listTickets(
    { event_id: access.event_id, ...changed, ...(cursor.after ? { id: { $gt: cursor.after } } : {}) },
    {
      select: ["id", "code", "status", "version", "customer_id", "holder_name", "event_id", "ticket_type_id", "ticket_type.name", "ticket_type.tier", "dependents.id", "dependents.name", "dependents.relation", "updated_at"],
      relations: ["ticket_type", "dependents"],
      order: { id: "ASC" },
      take: limit + 1,
    }
  )) as unknown as GateTicket[]
  const hasMore = page.length > limit
  const tickets = page.slice(0, limit)
  const profiles = await loadProfiles(scope, tickets)

  const checkin = scope.resolve<CheckinModuleService>(CHECKIN_MODULE)
  const cardResolver = gateCardResolver(scope)
  const [keys, admissions, cards] = firstPage
    ? await Promise.all([
        scope.resolve<CredentialService>("credential").listPublicKeys(),
        checkin.listAdmissions(
          { event_id: access.event_id, ...changed },
          { select: ["list_id", "ticket_id", "state", "entries", "last_in_at", "last_out_at", "updated_at"] }
        ),
        cardResolver ? cardResolver.changedCards(scope, access.event_id, cursor.since ? new Date(cursor.since) : null) : [],
      ])
    : [undefined, undefined, undefined]

  const next: Partial<Cursor> = hasMore
    ? { ...cursor, after: tickets[tickets.length - 1].id }
    : { since: new Date(Date.parse(cursor.from) - LATE_COMMIT_MARGIN_MS).toISOString(), after: "" }
  return {
    event_id: access.event_id,
    next_cursor: writeCursor(next),
    has_more: hasMore,
    full: !cursor.since,
    ...(firstPage ? { keys, scanning: access.scanning, gates: access.gates, admissions, cards: cards?.map(snapshotCard) } : {}),
    tickets: tickets.map((ticket) => ({
      id: ticket.id,
      code: ticket.code,
      status: ticket.status,
      version: ticket.version,
      ticket_type_id: ticket.ticket_type_id,
      attendee: attendeeCard(ticket, ticket.customer_id ? profiles.get(ticket.customer_id) : undefined),
    })),
  }
}
