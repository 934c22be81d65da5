import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121182805 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ticket_refund_request" drop constraint if exists "ticket_refund_request_ticket_id_unique";`);
    this.addSql(`create table if not exists "ticket_refund_request" ("id" text not null, "ticket_id" text not null, "customer_id" text not null, "order_id" text null, "reason" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "currency_code" text null, "amount" numeric null, "refund_id" text null, "decided_by" text null, "decided_at" timestamptz null, "decision_note" text null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_refund_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_refund_request_deleted_at" ON "ticket_refund_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_refund_request_ticket_id_unique" ON "ticket_refund_request" ("ticket_id") WHERE status = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_refund_request_customer_id" ON "ticket_refund_request" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_refund_request_status" ON "ticket_refund_request" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ticket_refund_request" cascade;`);
  }

}
