// `npm run bench -- pos [--terminals 64] [--duration 20] [--debits 10000] [--only p3|crash]`: stands charging wristbands.
// Starts the platform in production mode (embedded PostgreSQL on free ports, temp data dir; Redis only if
// REDIS_URL is set). Setup through the admin API: `terminals` wristbands imported for the demo event, one
// customer each, assigned, credited, and their signed credentials read back; the demo merchant logs in.
// 1. P3 throughput: every terminal charges its own wristband 1 cent at a time, back to back, for `duration`
//    seconds through the full API (POST /merchant/charges: auth, validation, credential verification,
//    scope checks, ledger). Then the raw-SQL ceiling: the same ledger transaction (insert with
//    idempotency key, two conditional balance updates, two postings, one commit) from `terminals` pg clients
//    on the same database, for the same time. Prints both and the ratio. For the reader, a third row: the
//    API's own statement (`select wallet_charge(…)`) from the same pg clients — the database's side of the
//    API, so the gap between it and the API is what Medusa's HTTP stack and Node cost.
// 2. Crash: `debits` charges with fixed idempotency keys spread over the terminals; halfway the Medusa
//    process is killed with SIGKILL (the launcher then stops, and is started again on the same data). Every
//    client retries what got no answer until it gets one, then re-sends everything once more. Counts
//    transactions and postings per key in the database: zero lost, zero duplicated, ledger balanced.
// The machine is shared with builds and tests: read the numbers together with the load average printed.
import { spawn } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { embeddedDatabaseUrl, portIsFree } from "../launcher/embedded-postgres.mjs"
import { loadClient } from "./load-client.mjs"
import { ROOT, option, sleep, startPlatform, until } from "./platform.mjs"

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ")
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN)
const FUNDS = 40_000 // minor units per wristband, under the default 500.00 maximum balance

async function call(url, { method = "GET", token, body } = {}) {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw Object.assign(new Error(`${method} ${url} → ${response.status} ${JSON.stringify(data)}`), { status: response.status })
  return data
}

const login = async (url, actor, { email, password }) =>
  (await call(`${url}/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })).token

/** `count` wristbands for the merchant's event, each assigned to its own customer, credited, with its credential. */
async function terminalsSetup(url, demo, count) {
  const adminLogin = demo.logins.find((l) => l.actor === "admin")
  const merchantLogin = demo.logins.find((l) => l.actor === "merchant")
  const admin = await login(url, "user", adminLogin)
  const merchant = await login(url, "merchant", merchantLogin)
  const { merchant: me } = await call(`${url}/merchant/me`, { token: merchant })
  const eventId = me.stands[0].event_id
  const serials = Array.from({ length: count }, (_, i) => `04be${(0x10000000 + i).toString(16)}`)
  await call(`${url}/admin/cards/import`, { method: "POST", token: admin, body: { csv: serials.join("\n"), event_id: eventId } })
  const cards = []
  for (const [i, serial] of serials.entries()) {
    const { cards: [card] } = await call(`${url}/admin/cards?serial_number=${serial}`, { token: admin })
    const { customer } = await call(`${url}/admin/customers`, { method: "POST", token: admin, body: { email: `pos-${i}@bench.tessera.test` } })
    await call(`${url}/admin/cards/${card.id}/assign`, { method: "POST", token: admin, body: { customer_id: customer.id } })
    await call(`${url}/admin/wallets/adjustments`, {
      method: "POST",
      token: admin,
      body: { customer_id: customer.id, amount: FUNDS, idempotency_key: `bench-funds-${i}` },
    })
    const { card: issued } = await call(`${url}/admin/cards/${card.id}`, { token: admin })
    cards.push({ id: card.id, customer_id: customer.id, credential: issued.credential.credential })
  }
  return { merchant, merchantId: me.id, cards }
}

/** Each terminal charges its own card 1 cent, back to back, until the deadline. */
async function apiRun(url, setup, seconds) {
  const latencies = []
  const failures = new Map()
  const deadline = performance.now() + seconds * 1000
  const began = performance.now()
  const client = loadClient(url, setup.cards.length)
  await Promise.all(
    setup.cards.map(async (card, t) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const sent = performance.now()
        try {
          await client.post("/merchant/charges", setup.merchant, {
            idempotency_key: `p3-${t}-${n}-${Date.now()}`,
            credential: card.credential,
            amount: 1,
            currency_code: "eur",
          })
          latencies.push(performance.now() - sent)
        } catch (error) {
          const kind = String(error.status ?? error.message).slice(0, 80)
          failures.set(kind, (failures.get(kind) ?? 0) + 1)
        }
      }
    })
  )
  client.close()
  return summary("full API: POST /merchant/charges", latencies, failures, (performance.now() - began) / 1000)
}

/**
 * One pg client per terminal, each debiting back to back with `debit(db, item, t, n)` until the deadline;
 * a debit that throws counts as a failure under its message (after a rollback).
 */
async function pgTerminals(what, databaseUrl, items, seconds, debit) {
  const latencies = []
  const failures = new Map()
  const deadline = performance.now() + seconds * 1000
  const began = performance.now()
  await Promise.all(
    items.map(async (item, t) => {
      const db = new pg.Client({ connectionString: databaseUrl })
      await db.connect()
      for (let n = 0; performance.now() < deadline; n++) {
        const sent = performance.now()
        try {
          await debit(db, item, t, n)
          latencies.push(performance.now() - sent)
        } catch (error) {
          await db.query("rollback").catch(() => {})
          failures.set(error.message, (failures.get(error.message) ?? 0) + 1)
        }
      }
      await db.end()
    })
  )
  return summary(what, latencies, failures, (performance.now() - began) / 1000)
}

async function readRows(databaseUrl, sql, params) {
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  try {
    return (await admin.query(sql, params)).rows
  } finally {
    await admin.end()
  }
}

/** The same ledger transaction the wallet service posts, in raw SQL, from one pg client per terminal. */
async function sqlRun(databaseUrl, setup, seconds) {
  const wallets = await readRows(databaseUrl, "select customer_id, id, account_id from wallet where customer_id = any($1)", [setup.cards.map((c) => c.customer_id)])
  const [merchantAccount] = await readRows(databaseUrl, "select id from ledger_account where kind = 'merchant' and owner_id = $1", [setup.merchantId])
  return pgTerminals("raw-SQL ceiling (same transaction, pg)", databaseUrl, wallets, seconds, async (db, wallet, t, n) => {
    const id = `ltx_ceiling_${t}_${n}_${Date.now()}`
    await db.query("begin")
    const { rowCount } = await db.query(
      `insert into ledger_transaction (id, idempotency_key, kind, currency_code, amount, wallet_id, merchant_id)
       values ($1, $1, 'charge', 'eur', 1, $2, $3) on conflict (idempotency_key) where deleted_at is null do nothing returning id`,
      [id, wallet.id, setup.merchantId]
    )
    if (!rowCount) throw new Error("duplicate key")
    const legs = [
      [wallet.account_id, -1],
      [merchantAccount.id, 1],
    ].sort((a, b) => (a[0] < b[0] ? -1 : 1))
    const after = []
    for (const [account, amount] of legs) {
      const { rows } = await db.query(
        `update ledger_account set balance = balance + $1, updated_at = now()
         where id = $2 and deleted_at is null and currency_code = 'eur' and (kind <> 'wallet' or balance + $1 >= 0)
         returning balance`,
        [amount, account]
      )
      if (!rows.length) throw new Error("insufficient balance")
      after.push(rows[0].balance)
    }
    await db.query(
      "insert into ledger_posting (id, transaction_id, account_id, amount, balance_after) values ($1, $2, $3, $4, $5), ($6, $2, $7, $8, $9)",
      [`${id}_a`, id, legs[0][0], legs[0][1], after[0], `${id}_b`, legs[1][0], legs[1][1], after[1]]
    )
    await db.query("commit")
  })
}

/** The API's own statement, `wallet_charge`, straight from pg: what the database does of one API charge. */
async function functionRun(databaseUrl, setup, seconds) {
  const cards = await readRows(databaseUrl, "select id, version, serial_number from wallet_card where id = any($1)", [setup.cards.map((c) => c.id)])
  return pgTerminals("the API's statement alone (wallet_charge, pg)", databaseUrl, cards, seconds, async (db, card, t, n) => {
    const id = `ltx_fn_${t}_${n}_${Date.now()}`
    const argument = {
      id,
      idempotency_key: `charge:${setup.merchantId}:fn-${t}-${n}-${Date.now()}`,
      merchant_id: setup.merchantId,
      currency_code: "eur",
      amount: 1,
      card_id: card.id,
      card_version: card.version,
      serial_number: card.serial_number,
      posting_ids: [`${id}_a`, `${id}_b`],
      new_account_id: `${id}_acc`,
    }
    const { rows } = await db.query("select wallet_charge($1::jsonb) as answer", [JSON.stringify(argument)])
    if (rows[0].answer.refusal) throw new Error(rows[0].answer.refusal)
  })
}

function summary(what, latencies, failures, seconds) {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    what,
    debits: latencies.length,
    "debits/s": Math.round(latencies.length / seconds),
    "p50 ms": Math.round(percentile(sorted, 50)),
    "p99 ms": Math.round(percentile(sorted, 99)),
    failures: [...failures].map(([k, n]) => `${n}× ${k}`).join("; ") || 0,
  }
}

/** The data folder of the platform the bench started: the launcher records its children there. */
function findRunningDataDir(port) {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith("tessera-bench-pos-"))) {
    const dir = join(tmpdir(), name)
    const file = join(dir, "children.json")
    if (!existsSync(file)) continue
    const medusa = JSON.parse(readFileSync(file, "utf8")).find((c) => c.command.includes("medusa"))
    if (!medusa) continue
    try {
      const environ = readFileSync(`/proc/${medusa.pid}/environ`, "utf8")
      if (environ.includes(`\0PORT=${port}\0`)) return { dir, pid: medusa.pid }
    } catch {}
  }
  throw new Error(`no running platform on port ${port} found under ${tmpdir()}`)
}

/** npm start again on the same data and ports, as an operator would after a crash. */
async function relaunch(dir, ports, logFile) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    TESSERA_DATA_DIR: dir,
    PORT: String(ports.backend),
    PWA_PORT: String(ports.pwa),
    EMBEDDED_PG_PORT: String(ports.pg),
  }
  delete env.DATABASE_URL
  const child = spawn(process.execPath, [join(ROOT, "backend/launcher/start.mjs")], { cwd: ROOT, env, stdio: "ignore" })
  const exited = new Promise((resolve) => child.once("exit", resolve))
  await until(async () => (await fetch(`http://localhost:${ports.backend}/health`)).ok, 300_000, `the relaunched platform (${logFile})`)
  return async () => {
    child.kill("SIGINT")
    await exited
    while (!(await portIsFree(ports.backend)) || !(await portIsFree(ports.pg))) await sleep(100)
  }
}

/** `total` charges with fixed keys; SIGKILL halfway; retries until every key has an answer, then everything once more. */
async function crashRun(platform, setup, total) {
  const { url, ports } = platform
  const terminals = setup.cards.length
  const perTerminal = Math.ceil(total / terminals)
  const jobs = setup.cards.map((card, t) =>
    Array.from({ length: Math.min(perTerminal, total - t * perTerminal) }, (_, n) => ({
      key: `crash-${t}-${n}`,
      body: { idempotency_key: `crash-${t}-${n}`, credential: card.credential, amount: 1, currency_code: "eur" },
    }))
  )
  const all = jobs.flat()
  let answered = 0
  let retries = 0
  let killed = null
  const send = async (job) => {
    for (;;) {
      try {
        const data = await call(`${url}/merchant/charges`, { method: "POST", token: setup.merchant, body: job.body })
        return data.charge.id
      } catch (error) {
        if (error.status && error.status < 500) throw error
        retries++
        await sleep(250)
      }
    }
  }
  const began = performance.now()
  let restart
  const killer = (async () => {
    await until(() => answered >= all.length / 2, 600_000, "half of the debits")
    const { dir, pid } = findRunningDataDir(ports.backend)
    killed = { at: answered, dir }
    process.kill(-pid, "SIGKILL")
    console.log(`[pos] SIGKILL to Medusa (pid ${pid}) after ${answered} answered debits; restarting on the same data…`)
    while (!(await portIsFree(ports.backend)) || !(await portIsFree(ports.pg))) await sleep(200)
    restart = await relaunch(dir, ports, join(dir, "relaunch"))
    console.log(`[pos] platform back after ${((performance.now() - began) / 1000).toFixed(1)} s`)
  })()
  const firstIds = new Map()
  await Promise.all(
    jobs.map(async (list) => {
      for (const job of list) {
        firstIds.set(job.key, await send(job))
        answered++
      }
    })
  )
  await killer
  const firstPass = (performance.now() - began) / 1000
  // the clients retry everything once more: every answer must name the same transaction
  const mismatched = []
  for (let i = 0; i < all.length; i += terminals) {
    await Promise.all(
      all.slice(i, i + terminals).map(async (job) => {
        if ((await send(job)) !== firstIds.get(job.key)) mismatched.push(job.key)
      })
    )
  }
  const db = new pg.Client({ connectionString: embeddedDatabaseUrl({ port: ports.pg, database: "tessera" }) })
  await db.connect()
  const prefix = `charge:${setup.merchantId}:crash-`
  const { rows: [counts] } = await db.query(
    `select count(*)::int as transactions, count(distinct t.idempotency_key)::int as keys,
       (select count(*)::int from ledger_posting p join ledger_transaction t2 on t2.id = p.transaction_id where t2.idempotency_key like $1 || '%') as postings
     from ledger_transaction t where t.idempotency_key like $1 || '%'`,
    [prefix]
  )
  const { rows: [audit] } = await db.query(
    `select (select count(*)::int from ledger_account a where a.balance <> coalesce((select sum(amount) from ledger_posting p where p.account_id = a.id), 0)) as accounts_off,
            (select count(*)::int from (select transaction_id from ledger_posting group by transaction_id having sum(amount) <> 0) x) as transactions_off`
  )
  await db.end()
  return { restart, killed, firstPass, retries, mismatched, counts, audit, total: all.length }
}

export default async function run(args) {
  const terminals = option(args, "terminals", 64)
  const duration = option(args, "duration", 20)
  const debits = option(args, "debits", 10_000)
  const only = args.find((a, i) => args[i - 1] === "--only" || a.startsWith("--only="))?.replace("--only=", "")
  if (only && !["p3", "crash"].includes(only)) throw new Error(`--only takes p3 or crash, got ${only}`)
  const platform = await startPlatform("pos")
  const { url, ports, demo } = platform
  let restart
  try {
    console.log(`[pos] setting up ${terminals} wristbands through the admin API…`)
    const setup = await terminalsSetup(url, demo, terminals)
    for (const card of setup.cards.slice(0, 4)) {
      await call(`${url}/merchant/charges`, { method: "POST", token: setup.merchant, body: { idempotency_key: `warm-${card.id}`, credential: card.credential, amount: 1, currency_code: "eur" } })
    }
    if (only !== "crash") {
      const loadBefore = load()
      console.log(`[pos] P3: ${terminals} terminals, ${duration} s each run; load average ${loadBefore} (2 cores)`)
      const api = await apiRun(url, setup, duration)
      const loadMid = load()
      const sql = await sqlRun(embeddedDatabaseUrl({ port: ports.pg, database: "tessera" }), setup, duration)
      const own = await functionRun(embeddedDatabaseUrl({ port: ports.pg, database: "tessera" }), setup, duration)
      console.table([api, sql, own])
      console.log(`full API / raw-SQL ceiling: ${((api["debits/s"] / sql["debits/s"]) * 100).toFixed(1)} %  (load average before ${loadBefore}, between ${loadMid}, after ${load()})`)
    }
    if (only === "p3") return

    console.log(`[pos] crash: ${debits} debits over ${terminals} terminals, SIGKILL halfway, clients retry…`)
    const crash = await crashRun(platform, setup, debits)
    restart = crash.restart
    const lost = crash.total - crash.counts.keys
    const duplicated = crash.counts.transactions - crash.counts.keys + (crash.counts.postings - 2 * crash.counts.transactions)
    console.table([
      {
        debits: crash.total,
        "killed after": crash.killed?.at,
        "client retries": crash.retries,
        "transactions (DB)": crash.counts.transactions,
        "postings (DB)": crash.counts.postings,
        lost,
        duplicated,
        "replays answering another id": crash.mismatched.length,
        "accounts ≠ postings": crash.audit.accounts_off,
        "unbalanced transactions": crash.audit.transactions_off,
        "wall (s)": crash.firstPass.toFixed(1),
      },
    ])
    const clean = lost === 0 && duplicated === 0 && crash.mismatched.length === 0 && crash.audit.accounts_off === 0 && crash.audit.transactions_off === 0
    console.log(clean ? "zero lost, zero duplicated, ledger balanced" : "LOST OR DUPLICATED DEBITS: see the table")
    if (!clean) process.exitCode = 1
  } finally {
    if (restart) {
      await restart()
      // the first launcher already exited when its Medusa was killed; this removes its data folder
      await platform.stop().catch(() => {})
    } else {
      await platform.stop()
    }
  }
}
