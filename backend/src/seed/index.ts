import type { MedusaContainer } from "@medusajs/framework/types"
import { DEMO_ADMIN } from "./demo-logins"
import { seedAdmin } from "./seed-admin"
import { seedStore } from "./seed-store"

export type DemoLogin = { actor: string; email: string; password: string; login_url: string }
export type DemoSeedResult = { publishable_key: string; region_id: string; sales_channel_id: string; logins: DemoLogin[] }

/** The whole demo, idempotent: running it again finds what exists and creates only what is missing. */
export async function seedDemo(container: MedusaContainer): Promise<DemoSeedResult> {
  const store = await seedStore(container)
  await seedAdmin(container)
  const credentials = container.resolve<{ ensureSigningKey(): Promise<unknown> }>("credential")
  await credentials.ensureSigningKey()
  return {
    publishable_key: store.publishableKey,
    region_id: store.region.id,
    sales_channel_id: store.salesChannel.id,
    logins: [{ actor: "admin", ...DEMO_ADMIN, login_url: "/app" }],
  }
}
