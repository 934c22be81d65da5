import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type {
  CreateEventWorkflowInput,
  CreateOrganizerWorkflowInput,
  SetOrganizerPasswordWorkflowInput,
  UpdateEventWorkflowInput,
} from "@tessera/events/workflows"
import type { EventsService } from "../workflows/utils/events-service"
import { EVENTS_MODULE_KEY } from "../workflows/utils/events-service"
import { DEMO_EVENT, DEMO_ORGANIZER, DEMO_STORE } from "./demo-logins"
import { runWorkflowById } from "./run-workflow"

type SeedStoreResult = { salesChannel: { id: string }; stockLocation: { id: string } }
type StoredEvent = { id: string; status: string; product?: { id: string } | null }
export type SeededEvent = { id: string; handle: string; product_id: string; variants: Record<string, string> }

const DAY_MS = 24 * 60 * 60 * 1000

/** About three months ahead, 18:00 UTC (evening in Berlin); fixed on the first run, found later by handle. */
function eventDates(now = new Date()) {
  const starts = new Date(now.getTime() + 91 * DAY_MS)
  starts.setUTCHours(18, 0, 0, 0)
  return {
    doors_open_at: new Date(starts.getTime() - 60 * 60 * 1000),
    starts_at: starts,
    ends_at: new Date(starts.getTime() + 4 * 60 * 60 * 1000),
  }
}

async function findEvent(container: MedusaContainer): Promise<StoredEvent | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "event", fields: ["id", "status", "product.id"], filters: { handle: DEMO_EVENT.handle } })
  return data[0] as StoredEvent | undefined
}

/** The demo organizer with its login; a login missing from an older seed is added, an existing password is left alone. */
async function ensureOrganizer(container: MedusaContainer, events: EventsService): Promise<{ id: string }> {
  const [existing] = await events.listOrganizers({ email: DEMO_EVENT.organizer.email })
  if (!existing) {
    const input: CreateOrganizerWorkflowInput = { ...DEMO_EVENT.organizer, password: DEMO_ORGANIZER.password }
    return runWorkflowById(container, "create-organizer", input)
  }
  const [login] = await container.resolve(Modules.AUTH).listProviderIdentities({ provider: "emailpass", entity_id: DEMO_ORGANIZER.email })
  if (!login) {
    const input: SetOrganizerPasswordWorkflowInput = { organizer_id: existing.id, password: DEMO_ORGANIZER.password }
    await runWorkflowById(container, "set-organizer-password", input)
  }
  return existing
}

/** Organizer "Tessera Presents", venue "Tessera Arena" and the published event "Tessera Live"; each found or created once. */
export async function seedEvents(container: MedusaContainer, store: SeedStoreResult): Promise<SeededEvent> {
  const events = container.resolve<EventsService>(EVENTS_MODULE_KEY)

  const organizer = await ensureOrganizer(container, events)

  let [venue] = await events.listVenues({ name: DEMO_EVENT.venue.name })
  if (!venue) venue = await runWorkflowById(container, "create-venue", DEMO_EVENT.venue)

  let event = await findEvent(container)
  if (!event) {
    const input: CreateEventWorkflowInput = {
      title: DEMO_EVENT.title,
      handle: DEMO_EVENT.handle,
      description: "The Tessera demo night: one stage, three ways in.",
      category: "music",
      ...eventDates(),
      timezone: DEMO_EVENT.timezone,
      venue_id: venue.id,
      organizer_id: organizer.id,
      is_featured: true,
      stock_location_id: store.stockLocation.id,
      sales_channel_id: store.salesChannel.id,
      ticket_types: DEMO_EVENT.ticketTypes.map((ticketType) => ({
        ...ticketType,
        currency_code: DEMO_STORE.region.currency_code,
      })),
    }
    await runWorkflowById(container, "create-event", input)
    event = await findEvent(container)
  }
  if (!event?.product) throw new Error(`demo event ${DEMO_EVENT.handle} has no product`)
  if (event.status !== "published") {
    const publish: UpdateEventWorkflowInput = { id: event.id, status: "published" }
    await runWorkflowById(container, "update-event", publish)
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "ticket_type.name"],
    filters: { product_id: event.product.id },
  })
  const byTicketType: Record<string, string> = {}
  for (const variant of variants as { id: string; ticket_type?: { name: string } | null }[]) {
    if (variant.ticket_type) byTicketType[variant.ticket_type.name] = variant.id
  }
  return { id: event.id, handle: DEMO_EVENT.handle, product_id: event.product.id, variants: byTicketType }
}
