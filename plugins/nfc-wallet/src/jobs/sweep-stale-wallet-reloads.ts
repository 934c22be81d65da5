import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sweepStaleWalletReloadsWorkflow } from "../workflows/sweep-stale-wallet-reloads"

/** Settles auto-reloads abandoned mid-attempt (see the settle step), so they stop blocking their wallets. */
export default async function sweepStaleWalletReloads(container: MedusaContainer) {
  const { result } = await sweepStaleWalletReloadsWorkflow(container).run({ input: {} })
  if (!result.length) return
  const counts = result.reduce<Record<string, number>>((by, r) => ({ ...by, [r.status]: (by[r.status] ?? 0) + 1 }), {})
  container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).info(`stale wallet reloads settled: ${JSON.stringify(counts)}`)
}

// every five minutes: with the ten-minute limit an abandoned attempt blocks its wallet for at most fifteen
export const config = { name: "tessera-sweep-stale-wallet-reloads", schedule: "*/5 * * * *" }
