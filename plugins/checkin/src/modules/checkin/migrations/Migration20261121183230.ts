import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121183230 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "usher_assignment" drop constraint if exists "usher_assignment_usher_id_event_id_unique";`);
    this.addSql(`alter table if exists "usher" drop constraint if exists "usher_email_unique";`);
    this.addSql(`alter table if exists "checkin_scanning_status" drop constraint if exists "checkin_scanning_status_event_id_unique";`);
    this.addSql(`alter table if exists "checkin_conflict" drop constraint if exists "checkin_conflict_scan_id_unique";`);
    this.addSql(`alter table if exists "checkin_admission" drop constraint if exists "checkin_admission_list_id_ticket_id_unique";`);
    this.addSql(`alter table if exists "attendee_profile" drop constraint if exists "attendee_profile_customer_id_unique";`);
    this.addSql(`create table if not exists "attendee_profile" ("id" text not null, "customer_id" text not null, "photo_url" text null, "emergency_contact_name" text null, "emergency_contact_phone" text null, "blood_type" text null, "needs_attention" boolean not null default false, "attention_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "attendee_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_attendee_profile_customer_id_unique" ON "attendee_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attendee_profile_deleted_at" ON "attendee_profile" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "checkin_admission" ("id" text not null, "event_id" text not null, "list_id" text not null, "ticket_id" text not null, "state" text check ("state" in ('inside', 'outside')) not null default 'inside', "entries" integer not null default 0, "first_in_at" timestamptz null, "last_in_at" timestamptz null, "last_out_at" timestamptz null, "last_in_scan_id" text null, "last_gate_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "checkin_admission_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_admission_deleted_at" ON "checkin_admission" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_checkin_admission_list_id_ticket_id_unique" ON "checkin_admission" ("list_id", "ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_admission_event_id_state" ON "checkin_admission" ("event_id", "state") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_admission_event_id_updated_at" ON "checkin_admission" ("event_id", "updated_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "checkin_conflict" ("id" text not null, "event_id" text not null, "list_id" text not null, "ticket_id" text not null, "scan_id" text not null, "other_scan_id" text null, "device_id" text null, "other_device_id" text null, "usher_id" text not null, "other_usher_id" text null, "status" text check ("status" in ('open', 'resolved')) not null default 'open', "resolution_note" text null, "resolved_by" text null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "checkin_conflict_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_checkin_conflict_scan_id_unique" ON "checkin_conflict" ("scan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_conflict_deleted_at" ON "checkin_conflict" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_conflict_event_id_status" ON "checkin_conflict" ("event_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "checkin_incident" ("id" text not null, "event_id" text not null, "usher_id" text not null, "type" text check ("type" in ('medical', 'security', 'fraud', 'lost_item', 'other')) not null, "note" text not null, "ticket_id" text null, "card_id" text null, "photo_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "checkin_incident_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_incident_deleted_at" ON "checkin_incident" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_incident_event_id" ON "checkin_incident" ("event_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "checkin_list" ("id" text not null, "event_id" text not null, "name" text not null, "ticket_type_ids" jsonb null, "allow_reentry" boolean not null default false, "opens_at" timestamptz null, "closes_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "checkin_list_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_list_deleted_at" ON "checkin_list" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_list_event_id" ON "checkin_list" ("event_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "checkin_gate" ("id" text not null, "event_id" text not null, "name" text not null, "list_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "checkin_gate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_gate_list_id" ON "checkin_gate" ("list_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_gate_deleted_at" ON "checkin_gate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_gate_event_id" ON "checkin_gate" ("event_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "checkin_scan" ("id" text not null, "seq" serial, "event_id" text not null, "list_id" text null, "gate_id" text null, "usher_id" text not null, "device_id" text null, "direction" text check ("direction" in ('in', 'out')) not null, "outcome" text check ("outcome" in ('admitted', 'exited', 'rejected')) null, "reason" text null, "ticket_id" text null, "ticket_code" text null, "card_id" text null, "holder_name" text null, "scanned_at" timestamptz not null, "received_at" timestamptz not null, "offline" boolean not null default false, "conflict_id" text null, "answer" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "checkin_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_scan_deleted_at" ON "checkin_scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_scan_event_id_seq" ON "checkin_scan" ("event_id", "seq") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_scan_ticket_id" ON "checkin_scan" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_scan_usher_id" ON "checkin_scan" ("usher_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "checkin_scanning_status" ("id" text not null, "event_id" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "checkin_scanning_status_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_checkin_scanning_status_event_id_unique" ON "checkin_scanning_status" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkin_scanning_status_deleted_at" ON "checkin_scanning_status" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "usher" ("id" text not null, "name" text not null, "email" text not null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "usher_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_usher_email_unique" ON "usher" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_usher_deleted_at" ON "usher" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "usher_assignment" ("id" text not null, "event_id" text not null, "role" text check ("role" in ('usher', 'lead')) not null default 'usher', "gate_ids" jsonb null, "usher_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "usher_assignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_usher_assignment_usher_id" ON "usher_assignment" ("usher_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_usher_assignment_deleted_at" ON "usher_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_usher_assignment_usher_id_event_id_unique" ON "usher_assignment" ("usher_id", "event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_usher_assignment_event_id" ON "usher_assignment" ("event_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "checkin_gate" add constraint "checkin_gate_list_id_foreign" foreign key ("list_id") references "checkin_list" ("id") on update cascade;`);

    this.addSql(`alter table if exists "usher_assignment" add constraint "usher_assignment_usher_id_foreign" foreign key ("usher_id") references "usher" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "checkin_gate" drop constraint if exists "checkin_gate_list_id_foreign";`);

    this.addSql(`alter table if exists "usher_assignment" drop constraint if exists "usher_assignment_usher_id_foreign";`);

    this.addSql(`drop table if exists "attendee_profile" cascade;`);

    this.addSql(`drop table if exists "checkin_admission" cascade;`);

    this.addSql(`drop table if exists "checkin_conflict" cascade;`);

    this.addSql(`drop table if exists "checkin_incident" cascade;`);

    this.addSql(`drop table if exists "checkin_list" cascade;`);

    this.addSql(`drop table if exists "checkin_gate" cascade;`);

    this.addSql(`drop table if exists "checkin_scan" cascade;`);

    this.addSql(`drop table if exists "checkin_scanning_status" cascade;`);

    this.addSql(`drop table if exists "usher" cascade;`);

    this.addSql(`drop table if exists "usher_assignment" cascade;`);
  }

}
