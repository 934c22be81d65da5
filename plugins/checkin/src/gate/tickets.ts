import type { MedusaContainer } from "@medusajs/framework/types"
import type EventsModule from "@tessera/events/modules/events"
import type CheckinModuleService from "../modules/checkin/service"
import { CHECKIN_MODULE } from "../modules/checkin"

type EventsService = InstanceType<(typeof EventsModule)["service"]>

/** What the gate needs of a ticket, read through the events module's service (one query, no query.graph fan-out). */
export type GateTicket = {
  id: string
  code: string
  status: string
  version: number
  customer_id: string | null
  holder_name: string | null
  event_id: string
  ticket_type_id: string
  ticket_type: { name: string; tier: string } | null
  dependents: { id: string; name: string; relation: string }[]
}

export type GateProfile = {
  customer_id: string
  photo_url: string | null
  emergency_contact_name: string | null
  emergency_contact_phone: string | null
  blood_type: string | null
  needs_attention: boolean
  attention_note: string | null
}

const TICKET_FIELDS = ["id", "code", "status", "version", "customer_id", "holder_name", "event_id", "ticket_type_id"]
const DEPENDENT_FIELDS = ["id", "dependents.id", "dependents.name", "dependents.relation"]

type TicketType = { id: string; name: string; tier: string; allows_dependents: boolean }

// Ticket types only label the card (name, tier) and say whether dependents must be read; a few seconds
// of staleness is harmless, and joining them on every scan cost more than the rest of the read.
const TYPE_CACHE_MS = 5_000
const typeCache = new Map<string, { at: number; types: Promise<Map<string, TicketType>> }>()

function ticketTypesOf(events: EventsService, eventId: string): Promise<Map<string, TicketType>> {
  const cached = typeCache.get(eventId)
  if (cached && Date.now() - cached.at < TYPE_CACHE_MS) return cached.types
  const types = events
    .listTicketTypes({ event_id: eventId }, { select: ["id", "name", "tier", "allows_dependents"] })
    .then((rows) => new Map((rows as TicketType[]).map((type) => [type.id, type])))
  types.catch(() => typeCache.delete(eventId))
  typeCache.set(eventId, { at: Date.now(), types })
  return types
}

/**
 * Tickets by id with their type's name and tier, and their dependents when the type allows any: a
 * plain one-table read on the scan path, dependents only where they can exist.
 */
export async function loadTickets(scope: MedusaContainer, ids: string[]): Promise<Map<string, GateTicket>> {
  if (!ids.length) return new Map()
  const events = scope.resolve<EventsService>("events")
  const rows = (await events.listTickets({ id: [...new Set(ids)] }, { select: TICKET_FIELDS })) as unknown as Omit<
    GateTicket,
    "ticket_type" | "dependents"
  >[]
  const typesByEvent = new Map(
    await Promise.all([...new Set(rows.map((row) => row.event_id))].map(async (eventId) => [eventId, await ticketTypesOf(events, eventId)] as const))
  )
  const withDependents = rows.filter((row) => typesByEvent.get(row.event_id)?.get(row.ticket_type_id)?.allows_dependents)
  const dependents = withDependents.length
    ? ((await events.listTickets(
        { id: withDependents.map((row) => row.id) },
        { select: DEPENDENT_FIELDS, relations: ["dependents"] }
      )) as unknown as { id: string; dependents: GateTicket["dependents"] }[])
    : []
  return new Map(
    rows.map((row) => {
      const type = typesByEvent.get(row.event_id)?.get(row.ticket_type_id)
      const ticket: GateTicket = {
        ...row,
        ticket_type: type ? { name: type.name, tier: type.tier } : null,
        dependents: dependents.find((candidate) => candidate.id === row.id)?.dependents ?? [],
      }
      return [row.id, ticket]
    })
  )
}

/** Attendee profiles of the tickets' holders, by customer id. */
export async function loadProfiles(scope: MedusaContainer, tickets: GateTicket[]): Promise<Map<string, GateProfile>> {
  const customerIds = [...new Set(tickets.map((ticket) => ticket.customer_id).filter((id): id is string => !!id))]
  if (!customerIds.length) return new Map()
  const profiles = (await scope
    .resolve<CheckinModuleService>(CHECKIN_MODULE)
    .listAttendeeProfiles({ customer_id: customerIds })) as unknown as GateProfile[]
  return new Map(profiles.map((profile) => [profile.customer_id, profile]))
}
