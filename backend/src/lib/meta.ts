import type { Knex } from "@medusajs/framework/mikro-orm/knex"

// Same table the launcher (backend/launcher/meta.mjs) keeps its state in; it lives with the data.
const CREATE = "create table if not exists tessera_meta (key text primary key, value text not null, updated_at timestamptz not null default now())"

export async function writeMeta(pg: Knex, key: string, value: unknown) {
  await pg.raw(CREATE)
  await pg.raw(
    "insert into tessera_meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value, updated_at = now()",
    [key, JSON.stringify(value)]
  )
}

export async function readMeta<T>(pg: Knex, key: string): Promise<T | null> {
  await pg.raw(CREATE)
  const { rows } = await pg.raw("select value from tessera_meta where key = ?", [key])
  return rows[0] ? (JSON.parse(rows[0].value) as T) : null
}
