import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_STORE } from "./demo-logins"

/** Region, sales channel, publishable key and stock location; each found by name or created once. */
export async function seedStore(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const apiKeys = container.resolve(Modules.API_KEY)
  const regions = container.resolve(Modules.REGION)
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  let [channel] = await salesChannels.listSalesChannels({ name: DEMO_STORE.salesChannel })
  if (!channel) {
    ;({ result: [channel] } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: DEMO_STORE.salesChannel, description: "Sold through the Tessera PWA" }] },
    }))
  }

  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Tessera",
        default_sales_channel_id: channel.id,
        supported_currencies: [{ currency_code: DEMO_STORE.region.currency_code, is_default: true }],
      },
    },
  })

  let key = (await apiKeys.listApiKeys({ title: DEMO_STORE.publishableKeyTitle, type: "publishable" })).find(
    (candidate) => !candidate.revoked_at
  )
  if (!key) {
    ;({ result: [key] } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: DEMO_STORE.publishableKeyTitle, type: "publishable", created_by: "seed" }] },
    }))
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  }

  let [region] = await regions.listRegions({ name: DEMO_STORE.region.name })
  if (!region) {
    ;({ result: [region] } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: DEMO_STORE.region.name,
            currency_code: DEMO_STORE.region.currency_code,
            countries: DEMO_STORE.region.countries,
            payment_providers: ["pp_system_default"],
          },
        ],
      },
    }))
  }

  let [location] = await locations.listStockLocations({ name: DEMO_STORE.stockLocation })
  if (!location) {
    ;({ result: [location] } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: DEMO_STORE.stockLocation, address: { address_1: "Messeplatz 1", city: "Berlin", country_code: "de" } }] },
    }))
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }

  return { salesChannel: channel, publishableKey: key.token, region, stockLocation: location }
}
