import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemo } from "../seed"

/**
 * `medusa exec` entry for the launcher: seeds the demo and records what it handed out in
 * `tessera_meta`, so every later start (and any machine on this database) can print it.
 */
export default async function seed({ container }: ExecArgs) {
  const result = await seedDemo(container)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw("create table if not exists tessera_meta (key text primary key, value text not null, updated_at timestamptz not null default now())")
  await pg.raw(
    "insert into tessera_meta (key, value) values ('demo', ?) on conflict (key) do update set value = excluded.value, updated_at = now()",
    [JSON.stringify(result)]
  )
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`demo seeded: publishable key ${result.publishable_key}`)
}
