import type { MedusaContainer } from "@medusajs/framework/types"
import { DEMO_ADMIN, DEMO_CUSTOMER, DEMO_ORGANIZER } from "./demo-logins"
import { seedAdmin } from "./seed-admin"
import { seedCustomer } from "./seed-customer"
import { seedEvents } from "./seed-events"
import { seedCheckin } from "./seed-checkin"
import { seedStore } from "./seed-store"
import { DEMO_MERCHANT, seedWallet } from "./seed-wallet"

export type DemoLogin = { actor: string; email: string; password: string; login_url: string }
export type DemoSeedResult = {
  publishable_key: string
  region_id: string
  sales_channel_id: string
  event_handle: string
  logins: DemoLogin[]
}

/** The whole demo, idempotent: running it again finds what exists and creates only what is missing. */
export async function seedDemo(container: MedusaContainer): Promise<DemoSeedResult> {
  const store = await seedStore(container)
  await seedAdmin(container)
  const credentials = container.resolve<{ ensureSigningKey(): Promise<unknown> }>("credential")
  await credentials.ensureSigningKey()

  const event = await seedEvents(container, store)
  const ga = event.variants.GA
  if (!ga) throw new Error(`demo event ${event.handle} has no GA variant`)
  await seedCustomer(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id, variantId: ga })
  await seedWallet(container, { salesChannelId: store.salesChannel.id })
  const checkin = await seedCheckin(container, event.id)

  return {
    publishable_key: store.publishableKey,
    region_id: store.region.id,
    sales_channel_id: store.salesChannel.id,
    event_handle: event.handle,
    logins: [
      { actor: "admin", ...DEMO_ADMIN, login_url: "/app" },
      { actor: "organizer", ...DEMO_ORGANIZER, login_url: "/organizer" },
      { actor: "customer", ...DEMO_CUSTOMER, login_url: "/" },
      { actor: "merchant", ...DEMO_MERCHANT, login_url: "/merchant" },
      ...checkin.logins,
    ],
  }
}
