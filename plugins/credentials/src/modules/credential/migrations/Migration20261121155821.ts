import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121155821 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "credential_key" drop constraint if exists "credential_key_status_unique";`);
    this.addSql(`alter table if exists "credential_key" drop constraint if exists "credential_key_kid_unique";`);
    this.addSql(`create table if not exists "credential_key" ("id" text not null, "kid" text not null, "public_key" text not null, "sealed_private_key" text not null, "status" text check ("status" in ('active', 'retired', 'revoked')) not null default 'active', "retired_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credential_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credential_key_kid_unique" ON "credential_key" ("kid") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credential_key_deleted_at" ON "credential_key" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credential_key_status_unique" ON "credential_key" ("status") WHERE status = 'active' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credential_key" cascade;`);
  }

}
