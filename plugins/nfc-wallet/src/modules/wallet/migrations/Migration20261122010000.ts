import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `wallet_charge(c jsonb)`: a stand's online charge in one statement, after Node has checked the
 * credential's signature. In order: a used idempotency key answers its first transaction; the stand,
 * currency, card (version, serial number, status, event) and the holder's wallet are checked; both
 * accounts are locked in id order (as every posting locks them, so no deadlock); the balance is
 * checked under the lock; then the transaction, both balances and both postings are written.
 * A refusal returns `{refusal, ...}` having written nothing. Every stand's charge credits its
 * merchant's one account: holding that row's lock for one statement instead of across Node's round
 * trips is what lets charges through at the database's pace.
 */
export class Migration20261122010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function wallet_charge(c jsonb) returns jsonb language plpgsql as $fn$
declare
  v_key text := c->>'idempotency_key';
  v_merchant text := c->>'merchant_id';
  v_currency text := c->>'currency_code';
  v_amount integer := (c->>'amount')::integer;
  v_tx ledger_transaction%rowtype;
  v_stand record;
  v_stands integer;
  v_card record;
  v_wallet record;
  v_merchant_account text;
  v_balance integer;
  v_postings jsonb;
begin
  select * into v_tx from ledger_transaction where idempotency_key = v_key and deleted_at is null;
  if found then
    return wallet_charge_answer(v_tx, true, null);
  end if;

  if c->>'stand_id' is not null then
    select id, name, event_id, currency_code into v_stand from stand
      where id = c->>'stand_id' and merchant_id = v_merchant and deleted_at is null;
    if not found then return jsonb_build_object('refusal', 'stand_not_found'); end if;
  else
    select count(*) into v_stands from stand where merchant_id = v_merchant and deleted_at is null;
    if v_stands <> 1 then return jsonb_build_object('refusal', case when v_stands = 0 then 'no_stand' else 'several_stands' end); end if;
    select id, name, event_id, currency_code into v_stand from stand where merchant_id = v_merchant and deleted_at is null;
  end if;
  if v_stand.currency_code <> v_currency then
    return jsonb_build_object('refusal', 'currency', 'stand_name', v_stand.name, 'stand_currency', v_stand.currency_code);
  end if;

  select id, serial_number, status, version, customer_id, event_id into v_card from wallet_card
    where id = c->>'card_id' and deleted_at is null;
  if not found then return jsonb_build_object('refusal', 'card_unknown'); end if;
  if (c->>'card_version')::integer < v_card.version then return jsonb_build_object('refusal', 'revoked'); end if;
  if c->>'serial_number' is distinct from v_card.serial_number then return jsonb_build_object('refusal', 'serial'); end if;
  if v_card.status not in ('assigned', 'active') then return jsonb_build_object('refusal', 'card_status', 'status', v_card.status); end if;
  if v_stand.event_id is not null and v_card.event_id is not null and v_stand.event_id <> v_card.event_id then
    return jsonb_build_object('refusal', 'wrong_event');
  end if;

  select id, account_id, auto_reload_threshold, auto_reload_amount into v_wallet from wallet
    where customer_id = v_card.customer_id and currency_code = v_currency and deleted_at is null;
  if not found then return jsonb_build_object('refusal', 'no_wallet'); end if;

  select id into v_merchant_account from ledger_account
    where kind = 'merchant' and owner_id = v_merchant and currency_code = v_currency and deleted_at is null;
  if not found then
    insert into ledger_account (id, kind, owner_id, currency_code, balance) values (c->>'new_account_id', 'merchant', v_merchant, v_currency, 0)
      on conflict (kind, owner_id, currency_code) where owner_id is not null and deleted_at is null do nothing;
    select id into v_merchant_account from ledger_account
      where kind = 'merchant' and owner_id = v_merchant and currency_code = v_currency and deleted_at is null;
  end if;

  perform 1 from ledger_account where id in (v_wallet.account_id, v_merchant_account) order by id for update;
  select balance into v_balance from ledger_account where id = v_wallet.account_id;
  if v_balance < v_amount then
    return jsonb_build_object('refusal', 'insufficient', 'balance', v_balance);
  end if;

  insert into ledger_transaction (id, idempotency_key, kind, currency_code, amount, wallet_id, merchant_id, stand_id, card_id, description, items)
    values (c->>'id', v_key, 'charge', v_currency, v_amount, v_wallet.id, v_merchant, v_stand.id, v_card.id, c->>'description',
            case when jsonb_typeof(c->'items') = 'array' then c->'items' end)
    on conflict (idempotency_key) where deleted_at is null do nothing
    returning * into v_tx;
  if not found then
    -- the same key, sent twice at once: the other one committed first and is the answer
    select * into v_tx from ledger_transaction where idempotency_key = v_key and deleted_at is null;
    return wallet_charge_answer(v_tx, true, null);
  end if;

  with moved as (
    update ledger_account a set balance = a.balance + m.amount, updated_at = now()
    from (values (v_wallet.account_id, -v_amount, c->'posting_ids'->>0), (v_merchant_account, v_amount, c->'posting_ids'->>1)) as m(account_id, amount, posting_id)
    where a.id = m.account_id
    returning a.id, a.kind, a.balance, m.amount, m.posting_id
  ), posted as (
    insert into ledger_posting (id, transaction_id, account_id, amount, balance_after)
    select posting_id, v_tx.id, id, amount, balance from moved
    returning id, account_id, amount, balance_after
  )
  select jsonb_agg(jsonb_build_object('id', p.id, 'account_id', p.account_id, 'account_kind', m.kind, 'amount', p.amount, 'balance_after', p.balance_after) order by p.account_id)
    into v_postings from posted p join moved m on m.id = p.account_id;

  return wallet_charge_answer(v_tx, false, v_postings)
    || jsonb_build_object('reload_threshold', case when v_wallet.auto_reload_amount is not null then v_wallet.auto_reload_threshold end);
end
$fn$;

create or replace function wallet_charge_answer(t ledger_transaction, replayed boolean, postings jsonb) returns jsonb language sql stable as $fn$
  select jsonb_build_object(
    'replayed', replayed,
    'transaction', jsonb_build_object(
      'id', t.id, 'idempotency_key', t.idempotency_key, 'kind', t.kind, 'currency_code', t.currency_code, 'amount', t.amount,
      'wallet_id', t.wallet_id, 'merchant_id', t.merchant_id, 'stand_id', t.stand_id, 'card_id', t.card_id,
      'reverses_id', t.reverses_id, 'description', t.description, 'items', t.items, 'metadata', t.metadata,
      'offline', t.offline, 'flagged', t.flagged, 'device_time', t.device_time, 'created_at', t.created_at,
      'postings', coalesce(postings, (
        select jsonb_agg(jsonb_build_object('id', p.id, 'account_id', p.account_id, 'account_kind', a.kind, 'amount', p.amount, 'balance_after', p.balance_after) order by p.account_id)
        from ledger_posting p join ledger_account a on a.id = p.account_id
        where p.transaction_id = t.id and p.deleted_at is null), '[]'::jsonb)))
$fn$;
`)
  }

  override async down(): Promise<void> {
    this.addSql("drop function if exists wallet_charge(jsonb);")
    this.addSql("drop function if exists wallet_charge_answer(ledger_transaction, boolean, jsonb);")
  }
}
