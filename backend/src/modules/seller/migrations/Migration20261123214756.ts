import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123214756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sub_order" drop constraint if exists "sub_order_seller_id_order_id_unique";`);
    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_seller_id_email_unique";`);
    this.addSql(`alter table if exists "seller_invite" drop constraint if exists "seller_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);
    this.addSql(`alter table if exists "payout_line" drop constraint if exists "payout_line_type_reference_unique";`);
    this.addSql(`create table if not exists "moderation_entry" ("id" text not null, "product_id" text not null, "seller_id" text not null, "action" text check ("action" in ('proposed', 'approved', 'rejected')) not null, "reason" text null, "actor_type" text check ("actor_type" in ('user', 'seller', 'system')) not null, "actor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "moderation_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_entry_deleted_at" ON "moderation_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_moderation_entry_product_id" ON "moderation_entry" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "seller_id" text not null, "currency_code" text not null, "amount" numeric not null, "status" text check ("status" in ('pending', 'paid', 'failed')) not null default 'pending', "provider_id" text not null, "provider_reference" text null, "paid_at" timestamptz null, "paid_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_seller_id_status" ON "payout" ("seller_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_line" ("id" text not null, "seller_id" text not null, "order_id" text not null, "sub_order_id" text not null, "type" text check ("type" in ('sale', 'refund')) not null, "reference" text not null, "currency_code" text not null, "amount" numeric not null, "commission_amount" numeric not null, "status" text check ("status" in ('pending', 'payable', 'paid')) not null default 'pending', "payout_id" text null, "raw_amount" jsonb not null, "raw_commission_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_payout_id" ON "payout_line" ("payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_deleted_at" ON "payout_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_line_type_reference_unique" ON "payout_line" ("type", "reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_seller_id_status" ON "payout_line" ("seller_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "logo_url" text null, "email" text not null, "country_code" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "status_decided_by" text null, "status_decided_at" timestamptz null, "commission_rate" numeric null, "payout_method" text check ("payout_method" in ('iban', 'vivawallet')) null, "payout_account_holder" text null, "payout_iban" text null, "payout_vivawallet_merchant_id" text null, "suspended_products" jsonb null, "raw_commission_rate" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_invite_seller_id" ON "seller_invite" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_invite_deleted_at" ON "seller_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_invite_token_hash_unique" ON "seller_invite" ("token_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_member" ("id" text not null, "email" text not null, "auth_identity_id" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_seller_id" ON "seller_member" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_deleted_at" ON "seller_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_member_seller_id_email_unique" ON "seller_member" ("seller_id", "email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sub_order" ("id" text not null, "seller_id" text not null, "order_id" text not null, "currency_code" text not null, "line_item_ids" text[] not null, "item_total" numeric not null, "discount_total" numeric not null, "tax_total" numeric not null, "shipping_total" numeric not null, "commission_rate" numeric not null, "commission_total" numeric not null, "payout_total" numeric not null, "fulfillment_status" text check ("fulfillment_status" in ('not_fulfilled', 'partially_fulfilled', 'fulfilled', 'partially_shipped', 'shipped', 'partially_delivered', 'delivered', 'canceled')) not null default 'not_fulfilled', "raw_item_total" jsonb not null, "raw_discount_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_commission_rate" jsonb not null, "raw_commission_total" jsonb not null, "raw_payout_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sub_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sub_order_deleted_at" ON "sub_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sub_order_seller_id_order_id_unique" ON "sub_order" ("seller_id", "order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sub_order_order_id" ON "sub_order" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout_line" add constraint "payout_line_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "seller_invite" add constraint "seller_invite_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);

    this.addSql(`alter table if exists "seller_member" add constraint "seller_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout_line" drop constraint if exists "payout_line_payout_id_foreign";`);

    this.addSql(`alter table if exists "seller_invite" drop constraint if exists "seller_invite_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_seller_id_foreign";`);

    this.addSql(`drop table if exists "moderation_entry" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "payout_line" cascade;`);

    this.addSql(`drop table if exists "seller" cascade;`);

    this.addSql(`drop table if exists "seller_invite" cascade;`);

    this.addSql(`drop table if exists "seller_member" cascade;`);

    this.addSql(`drop table if exists "sub_order" cascade;`);
  }

}
