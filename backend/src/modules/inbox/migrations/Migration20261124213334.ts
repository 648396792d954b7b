import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124213334 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_read" drop constraint if exists "notification_read_notification_id_unique";`);
    this.addSql(`alter table if exists "notification_preference" drop constraint if exists "notification_preference_recipient_id_type_channel_unique";`);
    this.addSql(`alter table if exists "inbox_state" drop constraint if exists "inbox_state_recipient_id_unique";`);
    this.addSql(`create table if not exists "inbox_state" ("id" text not null, "recipient_id" text not null, "read_until" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inbox_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inbox_state_deleted_at" ON "inbox_state" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inbox_state_recipient_id_unique" ON "inbox_state" ("recipient_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "notification_preference" ("id" text not null, "recipient_id" text not null, "type" text not null, "channel" text not null, "enabled" boolean not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_preference_deleted_at" ON "notification_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_preference_recipient_id_type_channel_unique" ON "notification_preference" ("recipient_id", "type", "channel") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "notification_read" ("id" text not null, "notification_id" text not null, "recipient_id" text not null, "notified_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_read_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_read_deleted_at" ON "notification_read" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_read_notification_id_unique" ON "notification_read" ("notification_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_read_recipient_id_notified_at" ON "notification_read" ("recipient_id", "notified_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inbox_state" cascade;`);

    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "notification_read" cascade;`);
  }

}
