import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { writeMeta } from "../lib/meta"
import { seedDemo } from "../seed"

/**
 * `medusa exec` entry for the launcher: seeds the demo and records what it handed out in
 * `tessera_meta`, so every later start (and any machine on this database) can print it.
 */
export default async function seed({ container }: ExecArgs) {
  const result = await seedDemo(container)
  await writeMeta(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), "demo", result)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`demo seeded: publishable key ${result.publishable_key}`)
}
