import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124062221 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lexoffice_sync" drop constraint if exists "lexoffice_sync_reference_unique";`);
    this.addSql(`create table if not exists "lexoffice_sync" ("id" text not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null, "reference" text not null, "order_id" text not null, "refund_id" text null, "amount" numeric null, "status" text check ("status" in ('pending', 'synced', 'failed', 'dead')) not null default 'pending', "attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, "first_attempt_at" timestamptz null, "contact_id" text null, "voucher_id" text null, "voucher_number" text null, "file_id" text null, "payment_status" text null, "paid_at" timestamptz null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lexoffice_sync_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lexoffice_sync_deleted_at" ON "lexoffice_sync" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lexoffice_sync_reference_unique" ON "lexoffice_sync" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lexoffice_sync_status_next_attempt_at" ON "lexoffice_sync" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lexoffice_sync_order_id" ON "lexoffice_sync" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lexoffice_sync_voucher_id" ON "lexoffice_sync" ("voucher_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lexoffice_sync" cascade;`);
  }

}
