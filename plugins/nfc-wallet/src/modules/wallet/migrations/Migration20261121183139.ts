import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121183139 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "wallet_card" drop constraint if exists "wallet_card_serial_number_unique";`);
    this.addSql(`alter table if exists "wallet" drop constraint if exists "wallet_customer_id_currency_code_unique";`);
    this.addSql(`alter table if exists "merchant" drop constraint if exists "merchant_email_unique";`);
    this.addSql(`alter table if exists "ledger_transaction" drop constraint if exists "ledger_transaction_reverses_id_unique";`);
    this.addSql(`alter table if exists "ledger_transaction" drop constraint if exists "ledger_transaction_idempotency_key_unique";`);
    this.addSql(`alter table if exists "ledger_account" drop constraint if exists "ledger_account_kind_currency_code_unique";`);
    this.addSql(`alter table if exists "ledger_account" drop constraint if exists "ledger_account_kind_owner_id_currency_code_unique";`);
    this.addSql(`create table if not exists "ledger_account" ("id" text not null, "kind" text check ("kind" in ('wallet', 'merchant', 'float', 'fees', 'refunds')) not null, "owner_id" text null, "currency_code" text not null, "balance" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_account_deleted_at" ON "ledger_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_account_kind_owner_id_currency_code_unique" ON "ledger_account" ("kind", "owner_id", "currency_code") WHERE owner_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_account_kind_currency_code_unique" ON "ledger_account" ("kind", "currency_code") WHERE owner_id IS NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_transaction" ("id" text not null, "idempotency_key" text not null, "kind" text check ("kind" in ('top_up', 'charge', 'charge_refund', 'card_transfer', 'balance_refund', 'adjustment')) not null, "currency_code" text not null, "amount" integer not null, "wallet_id" text null, "merchant_id" text null, "stand_id" text null, "card_id" text null, "reverses_id" text null, "description" text null, "items" jsonb null, "offline" boolean not null default false, "flagged" boolean not null default false, "device_time" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_transaction_deleted_at" ON "ledger_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_transaction_idempotency_key_unique" ON "ledger_transaction" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_transaction_wallet_id_created_at" ON "ledger_transaction" ("wallet_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_transaction_merchant_id_created_at" ON "ledger_transaction" ("merchant_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_transaction_reverses_id_unique" ON "ledger_transaction" ("reverses_id") WHERE reverses_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_posting" ("id" text not null, "amount" integer not null, "balance_after" integer not null, "transaction_id" text not null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_posting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_posting_transaction_id" ON "ledger_posting" ("transaction_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_posting_account_id" ON "ledger_posting" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_posting_deleted_at" ON "ledger_posting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "merchant" ("id" text not null, "name" text not null, "email" text not null, "phone" text null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "merchant_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_merchant_email_unique" ON "merchant" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_merchant_deleted_at" ON "merchant" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stand" ("id" text not null, "name" text not null, "event_id" text null, "currency_code" text not null default 'eur', "merchant_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stand_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stand_merchant_id" ON "stand" ("merchant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stand_deleted_at" ON "stand" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wallet" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "account_id" text not null, "max_balance" integer not null default 50000, "auto_reload_threshold" integer null, "auto_reload_amount" integer null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_deleted_at" ON "wallet" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_customer_id_currency_code_unique" ON "wallet" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wallet_card" ("id" text not null, "serial_number" text not null, "kind" text check ("kind" in ('card', 'wristband')) not null default 'wristband', "status" text check ("status" in ('in_stock', 'assigned', 'active', 'blocked', 'lost', 'replaced')) not null default 'in_stock', "version" integer not null default 1, "customer_id" text null, "event_id" text null, "offline_cap" integer not null default 2000, "replaced_by_id" text null, "status_changed_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_card_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_card_deleted_at" ON "wallet_card" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_card_serial_number_unique" ON "wallet_card" ("serial_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_card_customer_id" ON "wallet_card" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ledger_posting" add constraint "ledger_posting_transaction_id_foreign" foreign key ("transaction_id") references "ledger_transaction" ("id") on update cascade;`);
    this.addSql(`alter table if exists "ledger_posting" add constraint "ledger_posting_account_id_foreign" foreign key ("account_id") references "ledger_account" ("id") on update cascade;`);

    this.addSql(`alter table if exists "stand" add constraint "stand_merchant_id_foreign" foreign key ("merchant_id") references "merchant" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_posting" drop constraint if exists "ledger_posting_account_id_foreign";`);

    this.addSql(`alter table if exists "ledger_posting" drop constraint if exists "ledger_posting_transaction_id_foreign";`);

    this.addSql(`alter table if exists "stand" drop constraint if exists "stand_merchant_id_foreign";`);

    this.addSql(`drop table if exists "ledger_account" cascade;`);

    this.addSql(`drop table if exists "ledger_transaction" cascade;`);

    this.addSql(`drop table if exists "ledger_posting" cascade;`);

    this.addSql(`drop table if exists "merchant" cascade;`);

    this.addSql(`drop table if exists "stand" cascade;`);

    this.addSql(`drop table if exists "wallet" cascade;`);

    this.addSql(`drop table if exists "wallet_card" cascade;`);
  }

}
