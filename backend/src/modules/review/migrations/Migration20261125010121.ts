import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125010121 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_rating" drop constraint if exists "seller_rating_seller_id_unique";`);
    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_customer_id_unique";`);
    this.addSql(`alter table if exists "review_report" drop constraint if exists "review_report_review_id_customer_id_unique";`);
    this.addSql(`alter table if exists "review" drop constraint if exists "review_line_item_id_unique";`);
    this.addSql(`alter table if exists "product_rating" drop constraint if exists "product_rating_product_id_unique";`);
    this.addSql(`create table if not exists "product_rating" ("id" text not null, "product_id" text not null, "count" integer not null default 0, "total" integer not null default 0, "average" real not null default 0, "histogram" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_rating_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_rating_deleted_at" ON "product_rating" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_rating_product_id_unique" ON "product_rating" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review" ("id" text not null, "product_id" text not null, "seller_id" text null, "customer_id" text not null, "order_id" text not null, "line_item_id" text not null, "rating" integer not null, "title" text not null, "body" text not null, "author_name" text not null, "status" text check ("status" in ('published', 'hidden')) not null default 'published', "hidden_reason" text null, "helpful_count" integer not null default 0, "edited_at" timestamptz null, "reply_body" text null, "replied_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_line_item_id_unique" ON "review" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_product_id_status_created_at" ON "review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_seller_id_created_at" ON "review" ("seller_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_customer_id_order_id" ON "review" ("customer_id", "order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_image" ("id" text not null, "file_id" text not null, "url" text not null, "rank" integer not null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_image_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_image_review_id" ON "review_image" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_image_deleted_at" ON "review_image" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_report" ("id" text not null, "customer_id" text not null, "reason" text check ("reason" in ('spam', 'offensive', 'off_topic', 'fake', 'other')) not null, "note" text null, "status" text check ("status" in ('open', 'resolved')) not null default 'open', "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_report_review_id" ON "review_report" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_report_deleted_at" ON "review_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_report_review_id_customer_id_unique" ON "review_report" ("review_id", "customer_id") WHERE status = 'open' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "review_vote" ("id" text not null, "customer_id" text not null, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_vote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_review_id" ON "review_vote" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_review_vote_deleted_at" ON "review_vote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_vote_review_id_customer_id_unique" ON "review_vote" ("review_id", "customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_rating" ("id" text not null, "seller_id" text not null, "count" integer not null default 0, "total" integer not null default 0, "average" real not null default 0, "histogram" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_rating_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_rating_deleted_at" ON "seller_rating" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_rating_seller_id_unique" ON "seller_rating" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "review_image" add constraint "review_image_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "review_report" add constraint "review_report_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "review_vote" add constraint "review_vote_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "review_image" drop constraint if exists "review_image_review_id_foreign";`);

    this.addSql(`alter table if exists "review_report" drop constraint if exists "review_report_review_id_foreign";`);

    this.addSql(`alter table if exists "review_vote" drop constraint if exists "review_vote_review_id_foreign";`);

    this.addSql(`drop table if exists "product_rating" cascade;`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_image" cascade;`);

    this.addSql(`drop table if exists "review_report" cascade;`);

    this.addSql(`drop table if exists "review_vote" cascade;`);

    this.addSql(`drop table if exists "seller_rating" cascade;`);
  }

}
