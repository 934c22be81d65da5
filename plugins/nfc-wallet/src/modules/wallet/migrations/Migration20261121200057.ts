import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121200057 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "wallet_reload" drop constraint if exists "wallet_reload_wallet_id_unique";`);
    this.addSql(`alter table if exists "wallet_reload" drop constraint if exists "wallet_reload_idempotency_key_unique";`);
    this.addSql(`create table if not exists "wallet_reload" ("id" text not null, "wallet_id" text not null, "customer_id" text not null, "currency_code" text not null, "amount" integer not null, "status" text check ("status" in ('pending', 'succeeded', 'failed')) not null default 'pending', "idempotency_key" text not null, "trigger_transaction_id" text null, "provider_id" text null, "payment_collection_id" text null, "payment_id" text null, "transaction_id" text null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_reload_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_reload_deleted_at" ON "wallet_reload" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_reload_idempotency_key_unique" ON "wallet_reload" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_reload_wallet_id_unique" ON "wallet_reload" ("wallet_id") WHERE status = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_reload_wallet_id_created_at" ON "wallet_reload" ("wallet_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "wallet_reload" cascade;`);
  }

}
