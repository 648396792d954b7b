import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124053026 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vivawallet_webhook_message" drop constraint if exists "vivawallet_webhook_message_message_id_unique";`);
    this.addSql(`create table if not exists "vivawallet_webhook_message" ("id" text not null, "message_id" text not null, "event_type_id" integer not null, "order_code" text null, "transaction_id" text null, "status" text check ("status" in ('processing', 'processed')) not null default 'processing', "action" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vivawallet_webhook_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vivawallet_webhook_message_deleted_at" ON "vivawallet_webhook_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vivawallet_webhook_message_message_id_unique" ON "vivawallet_webhook_message" ("message_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vivawallet_webhook_message" cascade;`);
  }

}
