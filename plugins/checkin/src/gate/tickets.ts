import type { MedusaContainer } from "@medusajs/framework/types"
import type EventsModule from "@tessera/events/modules/events"
import type { GateTicketRow } from "@tessera/events/modules/events"
import type CheckinModuleService from "../modules/checkin/service"
import type { GateProfileRow } from "../modules/checkin/service"
import { CHECKIN_MODULE } from "../modules/checkin"

type EventsService = InstanceType<(typeof EventsModule)["service"]>

/** What the gate needs of a ticket: read by the events module in one statement (`gateTickets`). */
export type GateTicket = GateTicketRow

export type GateProfile = GateProfileRow

/** Tickets by id with their type's name and tier, and their dependents when the type allows any. */
export async function loadTickets(scope: MedusaContainer, ids: string[]): Promise<Map<string, GateTicket>> {
  if (!ids.length) return new Map()
  const rows = await scope.resolve<EventsService>("events").gateTickets(ids)
  return new Map(rows.map((row) => [row.id, row]))
}

/** Attendee profiles of the tickets' holders, by customer id. */
export async function loadProfiles(scope: MedusaContainer, tickets: GateTicket[]): Promise<Map<string, GateProfile>> {
  const customerIds = [...new Set(tickets.map((ticket) => ticket.customer_id).filter((id): id is string => !!id))]
  if (!customerIds.length) return new Map()
  const profiles = await scope.resolve<CheckinModuleService>(CHECKIN_MODULE).gateProfiles(customerIds)
  return new Map(profiles.map((profile) => [profile.customer_id, profile]))
}
