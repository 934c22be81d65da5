import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122001350 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "wallet_balance_refund_outcome" drop constraint if exists "wallet_balance_refund_outcome_run_id_wallet_id_unique";`);
    this.addSql(`alter table if exists "wallet_balance_refund_run" drop constraint if exists "wallet_balance_refund_run_event_id_unique";`);
    this.addSql(`create table if not exists "wallet_balance_refund_run" ("id" text not null, "event_id" text not null, "status" text check ("status" in ('running', 'completed', 'completed_with_errors', 'failed')) not null default 'running', "total" integer not null default 0, "done" integer not null default 0, "failed" integer not null default 0, "requested_by" text null, "lease_id" text null, "heartbeat_at" timestamptz null, "attempts" integer not null default 0, "finished_at" timestamptz null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_balance_refund_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_balance_refund_run_deleted_at" ON "wallet_balance_refund_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_balance_refund_run_event_id_unique" ON "wallet_balance_refund_run" ("event_id") WHERE status = 'running' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_balance_refund_run_event_id_created_at" ON "wallet_balance_refund_run" ("event_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_balance_refund_run_status" ON "wallet_balance_refund_run" ("status") WHERE status = 'running' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wallet_balance_refund_outcome" ("id" text not null, "run_id" text not null, "wallet_id" text not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'refunded', 'failed')) not null default 'pending', "amount" integer not null default 0, "balance" integer null, "refunds" jsonb null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_balance_refund_outcome_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_balance_refund_outcome_run_id" ON "wallet_balance_refund_outcome" ("run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_balance_refund_outcome_deleted_at" ON "wallet_balance_refund_outcome" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_balance_refund_outcome_run_id_wallet_id_unique" ON "wallet_balance_refund_outcome" ("run_id", "wallet_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_balance_refund_outcome_run_id_status" ON "wallet_balance_refund_outcome" ("run_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "wallet_balance_refund_outcome" add constraint "wallet_balance_refund_outcome_run_id_foreign" foreign key ("run_id") references "wallet_balance_refund_run" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "wallet_balance_refund_outcome" drop constraint if exists "wallet_balance_refund_outcome_run_id_foreign";`);

    this.addSql(`drop table if exists "wallet_balance_refund_run" cascade;`);

    this.addSql(`drop table if exists "wallet_balance_refund_outcome" cascade;`);
  }

}
