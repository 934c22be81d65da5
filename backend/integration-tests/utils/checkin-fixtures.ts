import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type CheckinModule from "@tessera/checkin/modules/checkin"
import type CredentialModule from "@tessera/credentials/modules/credential"
import type EventsModule from "@tessera/events/modules/events"
import { catalogEvent, catalogStore } from "./catalog-fixtures"
import { bearerToken } from "./fixtures"

export type CheckinService = InstanceType<(typeof CheckinModule)["service"]>
export type CredentialService = InstanceType<(typeof CredentialModule)["service"]>
export type EventsService = InstanceType<(typeof EventsModule)["service"]>
export type Headers = { headers: Record<string, string> }
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
type Body = any
export type Api = {
  get: (url: string, config?: Record<string, unknown>) => Promise<{ status: number; data: Body }>
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<{ status: number; data: Body }>
  delete: (url: string, config?: Record<string, unknown>) => Promise<{ status: number; data: Body }>
}

/** Bearer headers for a custom actor (no login round trip, no rate limit). */
function actorHeaders(container: MedusaContainer, actor: "usher" | "organizer", actorId: string): Headers {
  return { headers: { authorization: `Bearer ${bearerToken(container, actor, actorId, "")}` } }
}

export const usherHeaders = (container: MedusaContainer, usherId: string) => actorHeaders(container, "usher", usherId)
export const organizerHeaders = (container: MedusaContainer, organizerId: string) => actorHeaders(container, "organizer", organizerId)

/**
 * Two published events (GA and VIP each), valid tickets issued straight through the events module,
 * and a gate setup on the first: list "Main" (every type, re-entry allowed) at gate "North", list
 * "VIP only" (no re-entry) at gate "VIP". Ushers are made by the tests through the admin API.
 */
export async function gateEvent(container: MedusaContainer, { tickets = 3 } = {}) {
  const store = await catalogStore(container)
  const suffix = Math.random().toString(36).slice(2, 8)
  const main = await catalogEvent(container, store, { title: "Gate Night", handle: `gate-night-${suffix}` })
  const other = await catalogEvent(container, store, { title: "Other Night", handle: `other-night-${suffix}` })
  const events = container.resolve<EventsService>("events")
  const checkin = container.resolve<CheckinService>("checkin")

  const issue = async (event: typeof main, typeIndex: number, count: number, holder = "Ada Lovelace") =>
    events.issueTicketUnits(
      Array.from({ length: count }, (_, unit) => ({
        order_id: `order_${suffix}`,
        line_item_id: `line_${event.id}_${typeIndex}_${holder.replace(/\W/g, "")}`,
        unit_index: unit,
        event_id: event.id,
        ticket_type_id: event.ticket_types[typeIndex].id,
        customer_id: `cus_${suffix}`,
        holder_name: holder,
        holder_email: "ada@tessera.test",
      }))
    )
  const ga = await issue(main, 0, tickets)
  const vip = await issue(main, 1, 1, "Grace Hopper")
  const foreign = await issue(other, 0, 1, "Alan Turing")

  const mainList = await checkin.createCheckinLists({ event_id: main.id, name: "Main", allow_reentry: true })
  const vipList = await checkin.createCheckinLists({
    event_id: main.id,
    name: "VIP only",
    ticket_type_ids: [main.ticket_types[1].id] as unknown as Record<string, unknown>,
  })
  const north = await checkin.createCheckinGates({ event_id: main.id, name: "North", list_id: mainList.id })
  const vipGate = await checkin.createCheckinGates({ event_id: main.id, name: "VIP", list_id: vipList.id })
  return { store, main, other, tickets: { ga, vip, foreign }, lists: { main: mainList, vip: vipList }, gates: { north, vip: vipGate }, customerId: `cus_${suffix}` }
}

/** The credential a ticket holder shows: base64url by default, the QR text on request. */
export async function credentialOf(container: MedusaContainer, ticket: { id: string; version: number; event_id: string }, qr = false) {
  const issued = await container
    .resolve<CredentialService>("credential")
    .issueCredential({ kind: "ticket", id: ticket.id, version: ticket.version, event_id: ticket.event_id })
  return qr ? issued.qr : issued.credential
}

/** A scan body as the PWA sends it. */
export const scanBody = (eventId: string, credential: string, extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  event_id: eventId,
  direction: "in",
  credential,
  scanned_at: new Date().toISOString(),
  device_id: "device-a",
  ...extra,
})

/** Counts rows straight from the database: what the API claims is checked against what is stored. */
export async function countRows(container: MedusaContainer, table: string, where = "true", params: unknown[] = []) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(`select count(*)::int as n from ${table} where ${where}`, params)
  return rows[0].n as number
}

export const authModule = (container: MedusaContainer) => container.resolve(Modules.AUTH)
