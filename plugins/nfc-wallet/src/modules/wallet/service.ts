import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { newMedusaId } from "@tessera/credentials/codec"
import { BalanceRefundOutcome } from "./models/balance-refund-outcome"
import { BalanceRefundRun } from "./models/balance-refund-run"
import { Card } from "./models/card"
import { LedgerAccount } from "./models/ledger-account"
import { LedgerTransaction, type TRANSACTION_KINDS } from "./models/ledger-transaction"
import { Merchant } from "./models/merchant"
import { OtpChallenge } from "./models/otp-challenge"
import { Posting } from "./models/posting"
import { Stand } from "./models/stand"
import { Wallet } from "./models/wallet"
import { WalletReload } from "./models/wallet-reload"
import { fieldError } from "./utils/field-error"
import { type OtpCheck, type Sql, checkOtp, issueOtp, otpSecret } from "./utils/otp"
import { assertBalancedPostings, type PostingInput } from "./utils/postings"
import * as refundRuns from "./utils/balance-refund-runs"
import { type PreparedStatement, runPrepared } from "@tessera/credentials/sql"

export type TransactionKind = (typeof TRANSACTION_KINDS)[number]
export type PlatformAccountKind = "float" | "fees" | "refunds"

export type TransactionInput = {
  idempotency_key: string
  kind: TransactionKind
  currency_code: string
  /** The headline amount (positive, minor units); the postings carry the signs. */
  amount: number
  postings: PostingInput[]
  wallet_id?: string | null
  merchant_id?: string | null
  stand_id?: string | null
  card_id?: string | null
  reverses_id?: string | null
  description?: string | null
  items?: unknown[] | null
  metadata?: Record<string, unknown> | null
  /** An offline debit the stand already accepted: a wallet may go below zero, and the transaction is flagged if one does. */
  offline?: boolean
  device_time?: Date | string | null
  /** Lets wallet accounts go below zero without marking the transaction offline (an undo). */
  allow_overdraw?: boolean
  /** Flag the transaction for an admin's eye whatever the balances (an offline debit over its card's cap, say). */
  flag?: boolean
  /** Upper bounds on accounts' balances after this transaction (a wallet's maximum balance on top-ups). */
  ceilings?: Record<string, number>
}

/** A credit of a wallet from the platform float: money the platform received (a paid top-up, a reload, cash at the desk). */
export type FloatCreditInput = {
  wallet_id: string
  amount: number
  kind: Extract<TransactionKind, "top_up" | "adjustment">
  idempotency_key: string
  description: string
  metadata?: Record<string, unknown> | null
  /** Refuse a credit that would take the wallet over its maximum balance (admin credits); money already paid is never capped. */
  within_max_balance?: boolean
}

export type PostedPosting = { id: string; account_id: string; account_kind: string; amount: number; balance_after: number }

export type PostedTransaction = {
  id: string
  idempotency_key: string
  kind: TransactionKind
  currency_code: string
  amount: number
  wallet_id: string | null
  merchant_id: string | null
  stand_id: string | null
  card_id: string | null
  reverses_id: string | null
  description: string | null
  items: unknown[] | null
  metadata: Record<string, unknown> | null
  offline: boolean
  flagged: boolean
  device_time: Date | null
  created_at: Date
  postings: PostedPosting[]
  /** True when the idempotency key had already been used: nothing moved this time. */
  replayed: boolean
}

const WALLET_CHARGE: PreparedStatement = { name: "wallet_charge", text: "select wallet_charge($1::jsonb) as answer" }

/** A stand's online charge, its credential's signature already checked: what `wallet_charge` needs. */
export type OnlineChargeInput = {
  idempotency_key: string
  merchant_id: string
  stand_id?: string | null
  currency_code: string
  amount: number
  card_id: string
  card_version: number
  serial_number: string
  description?: string | null
  items?: unknown[] | null
}

/** Why `wallet_charge` refused a charge (nothing was written), with what the message needs. */
export type ChargeRefusal =
  | { refusal: "stand_not_found" | "no_stand" | "several_stands" | "card_unknown" | "revoked" | "serial" | "wrong_event" | "no_wallet" }
  | { refusal: "currency"; stand_name: string; stand_currency: string }
  | { refusal: "card_status"; status: string }
  | { refusal: "insufficient"; balance: number }

export type OnlineCharge = PostedTransaction & { reload_threshold: number | null }

type AccountRow = { id: string; kind: string; currency_code: string; balance: number }

export type CardRow = {
  id: string
  serial_number: string
  status: string
  version: number
  customer_id: string | null
  event_id: string | null
  offline_cap: number
}

const TRANSACTION_COLUMNS = `id, idempotency_key, kind, currency_code, amount, wallet_id, merchant_id, stand_id, card_id, reverses_id,
  description, items, metadata, offline, flagged, device_time, created_at`

/** Fields that must match when an idempotency key comes back: the same key for a different request is a client bug. */
const REPLAY_FIELDS = ["kind", "currency_code", "amount", "wallet_id", "card_id"] as const

export default class WalletModuleService extends MedusaService({
  Card,
  Wallet,
  LedgerAccount,
  LedgerTransaction,
  Posting,
  Merchant,
  Stand,
  OtpChallenge,
  WalletReload,
  BalanceRefundRun,
  BalanceRefundOutcome,
}) {
  // an object field: Medusa's proxy around module services drops later writes to `this`
  protected readonly otp_: { secret: string }

  constructor(cradle: { configModule?: Parameters<typeof otpSecret>[0] } & Record<string, unknown>, moduleDeclaration?: Record<string, unknown>) {
    super(cradle, moduleDeclaration)
    this.otp_ = { secret: otpSecret(cradle.configModule) }
  }

  /** A one-time code for a mobile number (see utils/otp), or how long the number must wait. */
  @InjectTransactionManager()
  async issueOtp(
    input: { phone: string; purpose: string; subject_id?: string | null; requested_by?: string | null },
    @MedusaContext() context: Context = {}
  ) {
    return issueOtp(this.sqlOf(context), this.otp_.secret, input)
  }

  /** Checks (and on success consumes) a code; the attempt is committed whatever the answer. */
  @InjectTransactionManager()
  async checkOtp(input: { phone: string; purpose: string; code: string }, @MedusaContext() context: Context = {}): Promise<OtpCheck> {
    return checkOtp(this.sqlOf(context), this.otp_.secret, input)
  }

  /** Gives a consumed code back (a workflow that used it failed later); its expiry still holds. */
  @InjectTransactionManager()
  async releaseOtp(id: string, @MedusaContext() context: Context = {}) {
    await (context.transactionManager as SqlEntityManager).execute("update otp_challenge set consumed_at = null where id = ?", [id])
  }

  /**
   * Starts an auto-reload attempt for a wallet whose balance a debit took under its threshold, unless
   * the wallet has one in flight or this trigger already started one (both by unique indexes, so
   * concurrent debits start one). Undefined when nothing was started or auto-reload is off.
   */
  @InjectTransactionManager()
  async beginReload(wallet_id: string, trigger_transaction_id: string, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    const [started]: { id: string; wallet_id: string; customer_id: string; currency_code: string; amount: number }[] = await manager.execute(
      `insert into wallet_reload (id, wallet_id, customer_id, currency_code, amount, status, idempotency_key, trigger_transaction_id)
       select ?, w.id, w.customer_id, w.currency_code, w.auto_reload_amount, 'pending', ?, ?
       from wallet w where w.id = ? and w.deleted_at is null and w.auto_reload_amount is not null
       on conflict do nothing
       returning id, wallet_id, customer_id, currency_code, amount`,
      [newMedusaId("wrl"), `reload:${trigger_transaction_id}`, trigger_transaction_id, wallet_id]
    )
    return started
  }

  /** The auto-reload settings of a wallet, read on the charge path only after a debit (one indexed row). */
  @InjectManager()
  async reloadSettings(wallet_id: string, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    const [row]: { auto_reload_threshold: number | null; auto_reload_amount: number | null }[] = await manager.execute(
      "select auto_reload_threshold, auto_reload_amount from wallet where id = ? and deleted_at is null",
      [wallet_id]
    )
    return row
  }

  private sqlOf(context: Context): Sql {
    const manager = context.transactionManager as SqlEntityManager
    return (sql, params) => manager.execute(sql, params)
  }

  /**
   * Posts one balanced transaction atomically, at most once per idempotency key. In one database
   * transaction: the transaction row is inserted unless its key exists (a concurrent insert of the
   * same key waits on the unique index, then finds the winner's row); each account's balance moves
   * by a conditional UPDATE (a wallet account never below zero unless offline; a ceiling when given),
   * in account-id order so two transactions never deadlock; then the postings are inserted. Any
   * refusal rolls everything back. A replay returns the first answer with `replayed: true`.
   */
  @InjectTransactionManager()
  async postTransaction(input: TransactionInput, @MedusaContext() context: Context = {}): Promise<PostedTransaction> {
    assertBalancedPostings(input.postings)
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
      throw fieldError(MedusaError.Types.INVALID_DATA, "amount", "must be a positive whole number of minor units")
    }
    const manager = context.transactionManager as SqlEntityManager
    const inserted: Omit<PostedTransaction, "postings" | "replayed">[] = await manager.execute(
      `insert into ledger_transaction (id, idempotency_key, kind, currency_code, amount, wallet_id, merchant_id, stand_id, card_id,
         reverses_id, description, items, metadata, offline, flagged, device_time)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)
       on conflict (idempotency_key) where deleted_at is null do nothing
       returning ${TRANSACTION_COLUMNS}`,
      [
        newMedusaId("ltx"),
        input.idempotency_key,
        input.kind,
        input.currency_code,
        input.amount,
        input.wallet_id ?? null,
        input.merchant_id ?? null,
        input.stand_id ?? null,
        input.card_id ?? null,
        input.reverses_id ?? null,
        input.description ?? null,
        input.items ? JSON.stringify(input.items) : null,
        input.metadata ? JSON.stringify(input.metadata) : null,
        input.offline ?? false,
        input.flag ?? false,
        input.device_time ?? null,
      ]
    )
    if (!inserted.length) return this.replay(input, manager)

    const transactionId = inserted[0].id
    const legs = [...input.postings].sort((a, b) => (a.account_id < b.account_id ? -1 : 1))
    const postings: PostedPosting[] = []
    let overdrawn = false
    for (const leg of legs) {
      const ceiling = input.ceilings?.[leg.account_id] ?? null
      const [moved]: AccountRow[] = await manager.execute(
        `update ledger_account set balance = balance + ?, updated_at = now()
         where id = ? and deleted_at is null and currency_code = ?
           and (kind <> 'wallet' or balance + ? >= 0 or ?)
           and (?::integer is null or balance + ? <= ?::integer)
         returning id, kind, currency_code, balance`,
        [leg.amount, leg.account_id, input.currency_code, leg.amount, Boolean(input.offline || input.allow_overdraw), ceiling, leg.amount, ceiling]
      )
      if (!moved) await this.explainRefusal(leg, input, manager)
      if (moved.kind === "wallet" && moved.balance < 0 && input.offline) overdrawn = true
      postings.push({ id: newMedusaId("lpst"), account_id: leg.account_id, account_kind: moved.kind, amount: leg.amount, balance_after: moved.balance })
    }
    await manager.execute(
      `insert into ledger_posting (id, transaction_id, account_id, amount, balance_after) values ${postings.map(() => "(?, ?, ?, ?, ?)").join(", ")}`,
      postings.flatMap((p) => [p.id, transactionId, p.account_id, p.amount, p.balance_after])
    )
    if (overdrawn) await manager.execute("update ledger_transaction set flagged = true where id = ?", [transactionId])
    // everything a read-back would return is in hand (postings in account order, as readTransaction sorts them)
    return { ...inserted[0], flagged: inserted[0].flagged || overdrawn, postings, replayed: false }
  }

  /**
   * A stand's online charge as one statement: the `wallet_charge` database function (see its
   * migration) checks the stand, card and wallet, locks both accounts in id order and posts, or
   * refuses having written nothing. The charge hot path: no row lock outlives the statement.
   */
  @InjectManager()
  async charge(input: OnlineChargeInput, @MedusaContext() context: Context = {}): Promise<OnlineCharge | ChargeRefusal> {
    const knex = (context.manager as SqlEntityManager).getKnex()
    const argument = {
      ...input,
      id: newMedusaId("ltx"),
      posting_ids: [newMedusaId("lpst"), newMedusaId("lpst")],
      new_account_id: newMedusaId("lacc"),
    }
    const [row] = await runPrepared<{ answer: unknown }>(knex, WALLET_CHARGE, [JSON.stringify(argument)])
    const answer = row.answer as ChargeRefusal | { replayed: boolean; transaction: PostedTransaction; reload_threshold?: number | null }
    if ("refusal" in answer) return answer
    const { transaction } = answer
    return {
      ...transaction,
      created_at: new Date(transaction.created_at),
      device_time: transaction.device_time ? new Date(transaction.device_time) : null,
      replayed: answer.replayed,
      reload_threshold: answer.reload_threshold ?? null,
    }
  }

  /**
   * Credits a wallet from the platform float in its own currency, once per idempotency key (a replay
   * answers the first transaction). The one place these postings are built: paid top-ups, auto-reloads
   * and admin credits all land here, so they cannot drift apart.
   */
  @InjectTransactionManager()
  async creditFromFloat(input: FloatCreditInput, @MedusaContext() context: Context = {}): Promise<PostedTransaction> {
    const manager = context.transactionManager as SqlEntityManager
    const [holder]: { id: string; account_id: string; currency_code: string; max_balance: number }[] = await manager.execute(
      "select id, account_id, currency_code, max_balance from wallet where id = ? and deleted_at is null",
      [input.wallet_id]
    )
    if (!holder) throw fieldError(MedusaError.Types.NOT_FOUND, "wallet_id", `Wallet ${input.wallet_id} was not found`)
    const float = await this.ensureAccount("float", null, holder.currency_code, context)
    return this.postTransaction(
      {
        idempotency_key: input.idempotency_key,
        kind: input.kind,
        currency_code: holder.currency_code,
        amount: input.amount,
        wallet_id: holder.id,
        description: input.description,
        metadata: input.metadata ?? null,
        ...(input.within_max_balance ? { ceilings: { [holder.account_id]: holder.max_balance } } : {}),
        postings: [
          { account_id: holder.account_id, amount: input.amount },
          { account_id: float.id, amount: -input.amount },
        ],
      },
      context
    )
  }

  /**
   * Settles a reload attempt as failed only if it is still pending, in one statement: a late answer
   * of the attempt's own workflow (which knows better) is never overwritten. Undefined when it was not pending.
   */
  @InjectTransactionManager()
  async failPendingReload(id: string, error: string, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    const [failed]: { id: string }[] = await manager.execute(
      "update wallet_reload set status = 'failed', error = ?, updated_at = now() where id = ? and status = 'pending' and deleted_at is null returning id",
      [error, id]
    )
    return failed
  }

  /** The ledger account of a wallet or merchant (or a platform account when `owner_id` is null), created on first use. */
  @InjectTransactionManager()
  async ensureAccount(
    kind: "merchant" | PlatformAccountKind,
    owner_id: string | null,
    currency_code: string,
    @MedusaContext() context: Context = {}
  ): Promise<AccountRow> {
    const manager = context.transactionManager as SqlEntityManager
    const find = async () =>
      ((await manager.execute(
        `select id, kind, currency_code, balance from ledger_account
         where kind = ? and currency_code = ? and ${owner_id ? "owner_id = ?" : "owner_id is null"} and deleted_at is null`,
        owner_id ? [kind, currency_code, owner_id] : [kind, currency_code]
      )) as AccountRow[])[0]
    // the account almost always exists: one read, no write
    const existing = await find()
    if (existing) return existing
    const target = owner_id ? "(kind, owner_id, currency_code) where owner_id is not null and deleted_at is null" : "(kind, currency_code) where owner_id is null and deleted_at is null"
    await manager.execute(
      `insert into ledger_account (id, kind, owner_id, currency_code, balance) values (?, ?, ?, ?, 0) on conflict ${target} do nothing`,
      [newMedusaId("lacc"), kind, owner_id, currency_code]
    )
    return find()
  }

  /**
   * The customer's wallet in a currency, with its ledger account, created once: the wallet row
   * settles a race (unique customer+currency) before its account is inserted, so no account is orphaned.
   */
  @InjectTransactionManager()
  async ensureWallet(customer_id: string, currency_code: string, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    const walletId = newMedusaId("wal")
    const accountId = newMedusaId("lacc")
    const created: { id: string }[] = await manager.execute(
      `insert into wallet (id, customer_id, currency_code, account_id) values (?, ?, ?, ?)
       on conflict (customer_id, currency_code) where deleted_at is null do nothing returning id`,
      [walletId, customer_id, currency_code, accountId]
    )
    if (created.length) {
      await manager.execute(
        "insert into ledger_account (id, kind, owner_id, currency_code, balance) values (?, 'wallet', ?, ?, 0)",
        [accountId, walletId, currency_code]
      )
    }
    const [wallet] = await this.listWallets({ customer_id, currency_code }, {}, context)
    return wallet
  }

  /** A wallet with its current balance (from its ledger account). */
  @InjectManager()
  async walletBalance(wallet_id: string, @MedusaContext() context: Context = {}): Promise<number> {
    const manager = context.manager as SqlEntityManager
    const [row]: { balance: number }[] = await manager.execute(
      "select a.balance from wallet w join ledger_account a on a.id = w.account_id where w.id = ? and w.deleted_at is null",
      [wallet_id]
    )
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wallet ${wallet_id} was not found`)
    return row.balance
  }

  /**
   * The ledger's two invariants, checked in SQL over everything: accounts whose balance differs
   * from the sum of their postings, and transactions whose postings do not sum to zero (or that
   * have none). Both lists are empty on a healthy ledger.
   */
  @InjectManager()
  async auditLedger(@MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    const accounts: { id: string; balance: number; postings_sum: number }[] = await manager.execute(
      `select a.id, a.balance, coalesce(sum(p.amount), 0)::integer as postings_sum
       from ledger_account a left join ledger_posting p on p.account_id = a.id and p.deleted_at is null
       where a.deleted_at is null group by a.id having a.balance <> coalesce(sum(p.amount), 0)`
    )
    const transactions: { id: string; postings_sum: number; postings: number }[] = await manager.execute(
      `select t.id, coalesce(sum(p.amount), 0)::integer as postings_sum, count(p.id)::integer as postings
       from ledger_transaction t left join ledger_posting p on p.transaction_id = t.id and p.deleted_at is null
       where t.deleted_at is null group by t.id having coalesce(sum(p.amount), 0) <> 0 or count(p.id) < 2`
    )
    return { unbalanced_accounts: accounts, unbalanced_transactions: transactions }
  }

  /** A merchant's charge and refund counts and sums (minor units) per currency, in total and since `since`. */
  @InjectManager()
  async merchantStats(merchant_id: string, since: Date, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    const rows: { currency_code: string; kind: string; count: number; total: number; since_count: number; since_total: number }[] =
      await manager.execute(
        `select currency_code, kind, count(*)::integer as count, coalesce(sum(amount), 0)::integer as total,
           (count(*) filter (where created_at >= ?))::integer as since_count,
           coalesce(sum(amount) filter (where created_at >= ?), 0)::integer as since_total
         from ledger_transaction where merchant_id = ? and kind in ('charge', 'charge_refund') and deleted_at is null
         group by currency_code, kind order by currency_code, kind`,
        [since, since, merchant_id]
      )
    return rows
  }

  /**
   * A wallet's statement, newest first: each transaction with the wallet's own signed amount and the
   * balance right after it.
   */
  @InjectManager()
  async walletStatement(wallet_id: string, page: { skip: number; take: number }, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    const rows: {
      id: string
      kind: string
      amount: number
      balance_after: number
      currency_code: string
      description: string | null
      items: unknown
      merchant_id: string | null
      stand_id: string | null
      card_id: string | null
      offline: boolean
      flagged: boolean
      created_at: Date
    }[] = await manager.execute(
      `select t.id, t.kind, p.amount, p.balance_after, t.currency_code, t.description, t.items, t.merchant_id, t.stand_id, t.card_id,
         t.offline, t.flagged, t.created_at
       from wallet w join ledger_posting p on p.account_id = w.account_id and p.deleted_at is null
       join ledger_transaction t on t.id = p.transaction_id
       where w.id = ? order by t.created_at desc, t.id desc limit ? offset ?`,
      [wallet_id, page.take, page.skip]
    )
    const [{ count }]: { count: number }[] = await manager.execute(
      "select count(*)::integer as count from wallet w join ledger_posting p on p.account_id = w.account_id and p.deleted_at is null where w.id = ?",
      [wallet_id]
    )
    return { transactions: rows, count }
  }

  // Plain reads for offline charges, refunds and card assignment: the ORM's find-and-serialize costs
  // several times the query itself.

  /** The transaction an idempotency key already made, if any. */
  @InjectManager()
  async transactionIdByKey(idempotency_key: string, @MedusaContext() context: Context = {}): Promise<string | undefined> {
    const manager = context.manager as SqlEntityManager
    const [row]: { id: string }[] = await manager.execute(
      "select id from ledger_transaction where idempotency_key = ? and deleted_at is null",
      [idempotency_key]
    )
    return row?.id
  }

  @InjectManager()
  async cardById(id: string, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    const [card]: CardRow[] = await manager.execute(
      "select id, serial_number, status, version, customer_id, event_id, offline_cap from wallet_card where id = ? and deleted_at is null",
      [id]
    )
    return card
  }

  @InjectManager()
  async standsOf(merchant_id: string, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    const stands: { id: string; name: string; event_id: string | null; currency_code: string }[] = await manager.execute(
      "select id, name, event_id, currency_code from stand where merchant_id = ? and deleted_at is null order by created_at",
      [merchant_id]
    )
    return stands
  }

  @InjectManager()
  async walletOf(customer_id: string, currency_code: string, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    type Row = { id: string; account_id: string; max_balance: number; auto_reload_threshold: number | null; auto_reload_amount: number | null }
    const [wallet]: Row[] = await manager.execute(
      `select id, account_id, max_balance, auto_reload_threshold, auto_reload_amount from wallet
       where customer_id = ? and currency_code = ? and deleted_at is null`,
      [customer_id, currency_code]
    )
    return wallet
  }

  /** A posted transaction by id, with its postings. */
  @InjectManager()
  async retrievePostedTransaction(id: string, @MedusaContext() context: Context = {}): Promise<PostedTransaction> {
    return this.readTransaction(id, context.manager as SqlEntityManager, false)
  }

  /**
   * Moves a card to a new status and bumps its version in one statement, so every credential signed
   * before now verifies as revoked. Only from the statuses given; returns the card, or nothing when
   * it was not in one of them.
   */
  @InjectTransactionManager()
  async changeCardStatus(
    card_id: string,
    from: string[],
    to: string,
    extra: { customer_id?: string | null; replaced_by_id?: string; event_id?: string | null } = {},
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; status: string; version: number } | undefined> {
    const manager = context.transactionManager as SqlEntityManager
    const sets = ["status = ?", "version = version + 1", "status_changed_at = now()", "updated_at = now()"]
    const values: unknown[] = [to]
    for (const [column, value] of Object.entries(extra)) {
      if (value === undefined) continue
      sets.push(`${column} = ?`)
      values.push(value)
    }
    const [card]: { id: string; status: string; version: number }[] = await manager.execute(
      `update wallet_card set ${sets.join(", ")} where id = ? and status in (?) and deleted_at is null returning id, status, version`,
      [...values, card_id, from]
    )
    return card
  }

  /** Hands a card in stock to a customer; it can pay at once. Undefined when the card is not in stock. */
  async assignCard(card_id: string, customer_id: string, context: Context = {}) {
    return this.changeCardStatus(card_id, ["in_stock"], "active", { customer_id }, context)
  }

  /**
   * Replaces a customer's card by one in stock, in one transaction: the old card becomes `replaced`
   * (its version bumped, so its credential is revoked) and the new one becomes the customer's. The
   * balance needs no move: it belongs to the customer's wallet, not to the card.
   */
  @InjectTransactionManager()
  async replaceCard(card_id: string, serial_number: string, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    const [old]: { id: string; customer_id: string | null; event_id: string | null }[] = await manager.execute(
      "select id, customer_id, event_id from wallet_card where id = ? and deleted_at is null for update",
      [card_id]
    )
    if (!old) throw fieldError(MedusaError.Types.NOT_FOUND, "id", `Card ${card_id} was not found`)
    if (!old.customer_id) throw fieldError(MedusaError.Types.NOT_ALLOWED, "id", "only a card that has a holder can be replaced")
    const [next]: { id: string }[] = await manager.execute(
      "select id from wallet_card where serial_number = ? and status = 'in_stock' and deleted_at is null",
      [serial_number]
    )
    if (!next) throw fieldError(MedusaError.Types.NOT_ALLOWED, "serial_number", `no card in stock has serial number ${serial_number}`)
    const replaced = await this.changeCardStatus(old.id, ["assigned", "active", "blocked", "lost"], "replaced", { replaced_by_id: next.id }, context)
    if (!replaced) throw fieldError(MedusaError.Types.NOT_ALLOWED, "id", "the card was already replaced")
    return this.changeCardStatus(next.id, ["in_stock"], "active", { customer_id: old.customer_id, event_id: old.event_id }, context)
  }

  /** Inserts serial numbers as cards in stock; serials already known are skipped. Returns how many were new. */
  @InjectTransactionManager()
  async importCards(
    cards: { serial_number: string; kind: "card" | "wristband"; event_id?: string | null; offline_cap?: number }[],
    @MedusaContext() context: Context = {}
  ): Promise<{ created: number; skipped: number }> {
    if (!cards.length) return { created: 0, skipped: 0 }
    const manager = context.transactionManager as SqlEntityManager
    const created: { id: string }[] = await manager.execute(
      `insert into wallet_card (id, serial_number, kind, status, version, event_id, offline_cap)
       values ${cards.map(() => "(?, ?, ?, 'in_stock', 1, ?, ?)").join(", ")}
       on conflict (serial_number) where deleted_at is null do nothing returning id`,
      cards.flatMap((c) => [newMedusaId("card"), c.serial_number, c.kind, c.event_id ?? null, c.offline_cap ?? 2000])
    )
    return { created: created.length, skipped: cards.length - created.length }
  }

  private async replay(input: TransactionInput, manager: SqlEntityManager): Promise<PostedTransaction> {
    const [existing]: { id: string }[] = await manager.execute(
      "select id from ledger_transaction where idempotency_key = ? and deleted_at is null",
      [input.idempotency_key]
    )
    const first = await this.readTransaction(existing.id, manager, true)
    for (const field of REPLAY_FIELDS) {
      if ((first[field] ?? null) !== (input[field] ?? null)) {
        throw fieldError(
          MedusaError.Types.INVALID_DATA,
          "idempotency_key",
          `idempotency key ${input.idempotency_key} was already used for a different ${field}`
        )
      }
    }
    return first
  }

  private async readTransaction(id: string, manager: SqlEntityManager, replayed: boolean): Promise<PostedTransaction> {
    const [row] = await manager.execute(`select ${TRANSACTION_COLUMNS} from ledger_transaction where id = ?`, [id])
    const postings: PostedPosting[] = await manager.execute(
      `select p.id, p.account_id, a.kind as account_kind, p.amount, p.balance_after
       from ledger_posting p join ledger_account a on a.id = p.account_id
       where p.transaction_id = ? and p.deleted_at is null order by p.account_id`,
      [id]
    )
    return { ...(row as Omit<PostedTransaction, "postings" | "replayed">), postings, replayed }
  }

  /** Why a conditional balance update matched no row, as a 4xx naming the field. */
  private async explainRefusal(leg: PostingInput, input: TransactionInput, manager: SqlEntityManager): Promise<never> {
    const [account]: AccountRow[] = await manager.execute(
      "select id, kind, currency_code, balance from ledger_account where id = ? and deleted_at is null",
      [leg.account_id]
    )
    if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ledger account ${leg.account_id} was not found`)
    if (account.currency_code !== input.currency_code) {
      throw fieldError(MedusaError.Types.INVALID_DATA, "currency_code", `the account holds ${account.currency_code}, not ${input.currency_code}`)
    }
    if (account.balance + leg.amount < 0) {
      throw fieldError(MedusaError.Types.NOT_ALLOWED, "amount", `insufficient balance: ${account.balance} available, ${-leg.amount} needed`)
    }
    throw fieldError(MedusaError.Types.NOT_ALLOWED, "amount", `the balance would exceed its maximum of ${input.ceilings?.[leg.account_id]}`)
  }

  // ---- Balance refund runs (after an event, in the background): statements in utils/balance-refund-runs.ts ----

  /** Starts the event's balance refund run, or answers the one running (`created: false`). */
  @InjectTransactionManager()
  async beginBalanceRefundRun(input: { event_id: string; requested_by: string | null }, @MedusaContext() context: Context = {}) {
    return refundRuns.beginRun(this.refundRunSql(context.transactionManager), input)
  }

  /** Takes a run's free lease (see claimRun); undefined when another worker holds it or the run is over. */
  @InjectTransactionManager()
  async claimBalanceRefundRun(run_id: string, lease_id: string, @MedusaContext() context: Context = {}) {
    return refundRuns.claimRun(this.refundRunSql(context.transactionManager), { run_id, lease_id })
  }

  @InjectManager()
  async pendingBalanceRefundOutcomes(run_id: string, limit: number, @MedusaContext() context: Context = {}) {
    return refundRuns.pendingOutcomes(this.refundRunSql(context.manager), run_id, limit)
  }

  /** Records one wallet's result while `lease_id` holds the run; false when the lease was lost. */
  @InjectTransactionManager()
  async settleBalanceRefundOutcome(
    input: { run_id: string; lease_id: string; outcome_id: string } & refundRuns.BalanceRefundOutcomeInput,
    @MedusaContext() context: Context = {}
  ) {
    return refundRuns.settleOutcome(this.refundRunSql(context.transactionManager), input)
  }

  @InjectTransactionManager()
  async finishBalanceRefundRun(run_id: string, lease_id: string, @MedusaContext() context: Context = {}) {
    return refundRuns.finishRun(this.refundRunSql(context.transactionManager), { run_id, lease_id })
  }

  @InjectManager()
  async lapsedBalanceRefundRuns(stale_after_ms: number, limit: number, @MedusaContext() context: Context = {}) {
    return refundRuns.lapsedRuns(this.refundRunSql(context.manager), { stale_after_ms, limit })
  }

  @InjectTransactionManager()
  async releaseBalanceRefundRun(run_id: string, stale_after_ms: number, @MedusaContext() context: Context = {}) {
    return refundRuns.releaseRun(this.refundRunSql(context.transactionManager), { run_id, stale_after_ms })
  }

  @InjectTransactionManager()
  async abandonBalanceRefundRun(run_id: string, stale_after_ms: number, error: string, @MedusaContext() context: Context = {}) {
    return refundRuns.abandonRun(this.refundRunSql(context.transactionManager), { run_id, stale_after_ms, error })
  }

  @InjectManager()
  async balanceRefundRunTotals(run_id: string, @MedusaContext() context: Context = {}) {
    return refundRuns.refundedByCurrency(this.refundRunSql(context.manager), run_id)
  }

  private refundRunSql(manager: unknown): Sql {
    return (sql, params) => (manager as SqlEntityManager).execute(sql, params)
  }
}
