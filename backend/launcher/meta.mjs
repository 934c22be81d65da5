// Launcher state kept in the database itself (`tessera_meta`), so it follows the data,
// whichever machine or DATABASE_URL serves it.
import pg from "pg"

const TABLE = "create table if not exists tessera_meta (key text primary key, value text not null, updated_at timestamptz not null default now())"

export async function withDatabase(databaseUrl, fn) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(TABLE)
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function readMeta(databaseUrl, key) {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query("select value from tessera_meta where key = $1", [key])
    return rows[0]?.value ?? null
  })
}

export async function writeMeta(databaseUrl, key, value) {
  await withDatabase(databaseUrl, (client) =>
    client.query(
      "insert into tessera_meta (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value, updated_at = now()",
      [key, value]
    )
  )
}
