import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type EventsModule from "@tessera/events/modules/events"
import type { CreateEventWorkflowInput } from "@tessera/events/workflows"
import { storeAccess } from "./fixtures"

type EventsService = InstanceType<(typeof EventsModule)["service"]>
type EventStatus = "draft" | "published" | "ended" | "cancelled"

/**
 * A store to browse: a sales channel with its publishable key (the store's default channel), EUR (default) and
 * USD as store currencies with one region each, a stock location the channel sells from, an organizer and two
 * venues. Events are then made with `catalogEvent`, through createEventWorkflow like the admin API does.
 */
export async function catalogStore(container: MedusaContainer) {
  const access = await storeAccess(container)
  const events = container.resolve<EventsService>("events")
  const suffix = Math.random().toString(36).slice(2, 8)

  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        default_sales_channel_id: access.salesChannel.id,
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd", is_default: false },
        ],
      },
    },
  })
  const { result: [eu, us] } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] },
        { name: "United States", currency_code: "usd", countries: ["us"], payment_providers: ["pp_system_default"] },
      ],
    },
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: `Box office ${suffix}` }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [access.salesChannel.id] } })

  const organizer = await events.createOrganizers({ name: "Tessera Live", email: `org-${suffix}@tessera.test` })
  const [arena, club] = await events.createVenues([
    { name: "Arena Berlin", address_1: "Eichenstraße 4", city: "Berlin", country_code: "de", capacity: 8000 },
    { name: "Blue Note Club", address_1: "Reeperbahn 1", city: "Hamburg", country_code: "de", capacity: 400 },
  ])
  return { ...access, regions: { eu, us }, stockLocation: location, organizer, venues: { arena, club } }
}

export type CatalogStore = Awaited<ReturnType<typeof catalogStore>>

export type CatalogEventInput = Partial<Omit<CreateEventWorkflowInput, "ticket_types">> & {
  title: string
  status?: EventStatus
  ticket_types?: CreateEventWorkflowInput["ticket_types"]
}

const DEFAULT_TICKET_TYPES: CreateEventWorkflowInput["ticket_types"] = [
  { name: "General admission", tier: "general", price: 45, currency_code: "eur", capacity: 100 },
  { name: "VIP", tier: "vip", price: 120, currency_code: "eur", capacity: 10 },
]

/**
 * An event with priced, stocked ticket types, made by createEventWorkflow (run by id through the engine, so the
 * app's own copy of the workflow runs), then given its status (published unless said otherwise).
 */
export async function catalogEvent(container: MedusaContainer, store: CatalogStore, input: CatalogEventInput) {
  const { status = "published", ...rest } = input
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  const workflowInput: CreateEventWorkflowInput = {
    category: "music",
    starts_at: "2027-06-01T18:00:00Z",
    ends_at: "2027-06-01T23:00:00Z",
    timezone: "Europe/Berlin",
    venue_id: store.venues.arena.id,
    organizer_id: store.organizer.id,
    stock_location_id: store.stockLocation.id,
    ticket_types: DEFAULT_TICKET_TYPES,
    ...rest,
  }
  const { result } = (await engine.run("create-event", { input: workflowInput, throwOnError: true })) as {
    result: { event: { id: string; handle: string }; ticket_types: { id: string; name: string }[]; product_id: string }
  }
  if (status !== "draft") await container.resolve<EventsService>("events").updateEvents({ id: result.event.id, status })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "price_set.id", "inventory_items.inventory_item_id"],
    filters: { product_id: result.product_id },
  })
  const ticketTypes = result.ticket_types.map((ticketType) => {
    const variant = variants.find((candidate) => candidate.title === ticketType.name)
    return {
      id: ticketType.id,
      name: ticketType.name,
      variant_id: variant?.id as string,
      price_set_id: variant?.price_set?.id as string,
      inventory_item_id: variant?.inventory_items?.[0]?.inventory_item_id as string,
    }
  })
  return { id: result.event.id, handle: result.event.handle, product_id: result.product_id, ticket_types: ticketTypes }
}
