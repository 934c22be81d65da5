import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121165711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ticket_transfer" drop constraint if exists "ticket_transfer_ticket_id_unique";`);
    this.addSql(`alter table if exists "ticket_transfer" drop constraint if exists "ticket_transfer_token_hash_unique";`);
    this.addSql(`alter table if exists "ticket" drop constraint if exists "ticket_line_item_id_unit_index_unique";`);
    this.addSql(`alter table if exists "ticket" drop constraint if exists "ticket_code_unique";`);
    this.addSql(`alter table if exists "event" drop constraint if exists "event_handle_unique";`);
    this.addSql(`alter table if exists "payout_counter" drop constraint if exists "payout_counter_year_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_year_sequence_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_invoice_number_unique";`);
    this.addSql(`alter table if exists "organizer" drop constraint if exists "organizer_email_unique";`);
    this.addSql(`alter table if exists "event_favorite" drop constraint if exists "event_favorite_customer_id_event_id_unique";`);
    this.addSql(`create table if not exists "dependent" ("id" text not null, "customer_id" text not null, "name" text not null, "birth_date" timestamptz not null, "relation" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dependent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dependent_deleted_at" ON "dependent" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "event_edit_request" ("id" text not null, "event_id" text not null, "organizer_id" text not null, "changes" jsonb not null, "reason" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "decision_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_edit_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_edit_request_deleted_at" ON "event_edit_request" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "event_favorite" ("id" text not null, "customer_id" text not null, "event_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_favorite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_favorite_deleted_at" ON "event_favorite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_favorite_customer_id_event_id_unique" ON "event_favorite" ("customer_id", "event_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organizer" ("id" text not null, "name" text not null, "email" text not null, "phone" text null, "fee_bps" integer not null default 0, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organizer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organizer_email_unique" ON "organizer" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organizer_deleted_at" ON "organizer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "event_id" text not null, "organizer_id" text not null, "invoice_number" text not null, "year" integer not null, "sequence" integer not null, "currency_code" text not null, "gross" numeric not null, "fees" numeric not null, "net" numeric not null, "status" text check ("status" in ('pending', 'paid')) not null default 'pending', "paid_at" timestamptz null, "raw_gross" jsonb not null, "raw_fees" jsonb not null, "raw_net" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_invoice_number_unique" ON "payout" ("invoice_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_year_sequence_unique" ON "payout" ("year", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_organizer_id" ON "payout" ("organizer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_counter" ("id" text not null, "year" integer not null, "last_sequence" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_counter_year_unique" ON "payout_counter" ("year") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_counter_deleted_at" ON "payout_counter" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "venue" ("id" text not null, "name" text not null, "address_1" text not null, "city" text not null, "postal_code" text null, "country_code" text not null, "latitude" real null, "longitude" real null, "capacity" integer not null, "zones" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "venue_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_venue_deleted_at" ON "venue" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "event" ("id" text not null, "title" text not null, "handle" text not null, "description" text null, "category" text not null, "images" jsonb null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "doors_open_at" timestamptz null, "timezone" text not null, "status" text check ("status" in ('draft', 'published', 'ended', 'cancelled')) not null default 'draft', "is_featured" boolean not null default false, "venue_id" text not null, "organizer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_handle_unique" ON "event" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_venue_id" ON "event" ("venue_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_organizer_id" ON "event" ("organizer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_deleted_at" ON "event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_status_starts_at" ON "event" ("status", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_event_category" ON "event" ("category") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_type" ("id" text not null, "name" text not null, "tier" text not null, "description" text null, "sales_starts_at" timestamptz null, "sales_ends_at" timestamptz null, "admits" jsonb null, "allows_dependents" boolean not null default false, "max_dependents" integer not null default 0, "rank" integer not null default 0, "event_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_type_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_type_event_id" ON "ticket_type" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_type_deleted_at" ON "ticket_type" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket" ("id" text not null, "code" text not null, "status" text check ("status" in ('valid', 'void', 'refunded')) not null default 'valid', "version" integer not null default 1, "customer_id" text null, "holder_name" text null, "holder_email" text null, "order_id" text null, "line_item_id" text null, "unit_index" integer not null default 0, "event_id" text not null, "ticket_type_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_code_unique" ON "ticket" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_event_id" ON "ticket" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_ticket_type_id" ON "ticket" ("ticket_type_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_deleted_at" ON "ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_line_item_id_unit_index_unique" ON "ticket" ("line_item_id", "unit_index") WHERE line_item_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_customer_id" ON "ticket" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_order_id" ON "ticket" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_transfer" ("id" text not null, "kind" text check ("kind" in ('transfer', 'gift')) not null default 'transfer', "status" text check ("status" in ('pending', 'accepted', 'cancelled', 'expired')) not null default 'pending', "from_customer_id" text not null, "to_email" text null, "to_phone" text null, "token_hash" text not null, "message" text null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_customer_id" text null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_transfer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_transfer_token_hash_unique" ON "ticket_transfer" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_transfer_ticket_id" ON "ticket_transfer" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_transfer_deleted_at" ON "ticket_transfer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_transfer_ticket_id_unique" ON "ticket_transfer" ("ticket_id") WHERE status = 'pending' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_dependent" ("ticket_id" text not null, "dependent_id" text not null, constraint "ticket_dependent_pkey" primary key ("ticket_id", "dependent_id"));`);

    this.addSql(`alter table if exists "event" add constraint "event_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade;`);
    this.addSql(`alter table if exists "event" add constraint "event_organizer_id_foreign" foreign key ("organizer_id") references "organizer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ticket_type" add constraint "ticket_type_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ticket" add constraint "ticket_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade;`);
    this.addSql(`alter table if exists "ticket" add constraint "ticket_ticket_type_id_foreign" foreign key ("ticket_type_id") references "ticket_type" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ticket_transfer" add constraint "ticket_transfer_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ticket_dependent" add constraint "ticket_dependent_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "ticket_dependent" add constraint "ticket_dependent_dependent_id_foreign" foreign key ("dependent_id") references "dependent" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ticket_dependent" drop constraint if exists "ticket_dependent_dependent_id_foreign";`);

    this.addSql(`alter table if exists "event" drop constraint if exists "event_organizer_id_foreign";`);

    this.addSql(`alter table if exists "event" drop constraint if exists "event_venue_id_foreign";`);

    this.addSql(`alter table if exists "ticket_type" drop constraint if exists "ticket_type_event_id_foreign";`);

    this.addSql(`alter table if exists "ticket" drop constraint if exists "ticket_event_id_foreign";`);

    this.addSql(`alter table if exists "ticket" drop constraint if exists "ticket_ticket_type_id_foreign";`);

    this.addSql(`alter table if exists "ticket_transfer" drop constraint if exists "ticket_transfer_ticket_id_foreign";`);

    this.addSql(`alter table if exists "ticket_dependent" drop constraint if exists "ticket_dependent_ticket_id_foreign";`);

    this.addSql(`drop table if exists "dependent" cascade;`);

    this.addSql(`drop table if exists "event_edit_request" cascade;`);

    this.addSql(`drop table if exists "event_favorite" cascade;`);

    this.addSql(`drop table if exists "organizer" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "payout_counter" cascade;`);

    this.addSql(`drop table if exists "venue" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "ticket_type" cascade;`);

    this.addSql(`drop table if exists "ticket" cascade;`);

    this.addSql(`drop table if exists "ticket_transfer" cascade;`);

    this.addSql(`drop table if exists "ticket_dependent" cascade;`);
  }

}
