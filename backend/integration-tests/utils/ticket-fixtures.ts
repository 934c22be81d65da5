import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createRegionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { CreateEventWorkflowInput } from "@tessera/events/workflows"
import type { EventsService } from "../../src/workflows/utils/events-service"
import { storeAccess } from "./fixtures"

type CreatedEvent = { event: { id: string; title: string; handle: string }; ticket_types: { id: string; name: string }[]; product_id: string }

/**
 * A store selling one event's tickets: EUR store and region with the system payment provider, a
 * sales channel with its publishable key, a stock location, and an event made by the events
 * plugin's createEventWorkflow (as the admin API does; run by id, so the app's own copy runs) with
 * one ticket type. Its product has no shipping profile and its inventory item needs no shipping,
 * which is what lets a cart of tickets complete without a shipping method. Plus one product that
 * is not a ticket (no shipping either), to show such lines are ignored.
 */
export async function ticketStore(container: MedusaContainer, { capacity = 100 } = {}) {
  const access = await storeAccess(container)
  const events = container.resolve<EventsService>("events")
  const suffix = Math.random().toString(36).slice(2, 8)

  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { default_sales_channel_id: access.salesChannel.id, supported_currencies: [{ currency_code: "eur", is_default: true }] },
    },
  })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Tickets", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] }] },
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: `Box office ${suffix}` }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [access.salesChannel.id] } })

  const organizer = await events.createOrganizers({ name: "Tessera Live", email: `org-${suffix}@tessera.test` })
  const venue = await events.createVenues({ name: "Arena Berlin", address_1: "Messeplatz 1", city: "Berlin", country_code: "de", capacity: 1000 })

  const input: CreateEventWorkflowInput = {
    title: "Tessera Summer Night",
    handle: `summer-night-${suffix}`,
    category: "music",
    starts_at: "2027-06-01T18:00:00Z",
    ends_at: "2027-06-01T23:00:00Z",
    timezone: "Europe/Berlin",
    venue_id: venue.id,
    organizer_id: organizer.id,
    stock_location_id: location.id,
    sales_channel_id: access.salesChannel.id,
    ticket_types: [{ name: "General admission", tier: "general", price: 50, currency_code: "eur", capacity }],
  }
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  const { result } = (await engine.run("create-event", { input, throwOnError: true })) as { result: CreatedEvent }
  const event = await events.updateEvents({ id: result.event.id, status: "published" })
  const [ticketType] = result.ticket_types

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [ticketVariant] } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title"],
    filters: { product_id: result.product_id },
  })

  const { result: [merch] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Programme booklet (digital)",
          handle: `programme-${suffix}`,
          status: "published",
          options: [{ title: "Format", values: ["PDF"] }],
          variants: [
            { title: "PDF", options: { Format: "PDF" }, manage_inventory: false, prices: [{ amount: 5, currency_code: "eur" }] },
          ],
          sales_channels: [{ id: access.salesChannel.id }],
        },
      ],
    },
  })

  return { ...access, region, stockLocation: location, event, venue, ticketType, ticketVariant, otherVariant: merch.variants[0] }
}
