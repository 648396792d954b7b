import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124024244 extends Migration {

  // Scores are double precision (the model's float is real): with six significant digits, posts a
  // few minutes apart would score the same.
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "timeline_entry" drop constraint if exists "timeline_entry_profile_id_post_id_unique";`);
    this.addSql(`alter table if exists "post_purchase" drop constraint if exists "post_purchase_post_id_order_id_unique";`);
    this.addSql(`alter table if exists "interest" drop constraint if exists "interest_profile_id_topic_unique";`);
    this.addSql(`create table if not exists "fan_out" ("id" text not null, "author_id" text not null, "after" text null, "attempts" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fan_out_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fan_out_deleted_at" ON "fan_out" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "feed_post" ("id" text not null, "author_id" text not null, "posted_at" timestamptz not null, "topics" text[] not null, "product_ids" text[] not null, "likes" integer not null default 0, "comments" integer not null default 0, "clicks" integer not null default 0, "purchases" integer not null default 0, "score" double precision not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feed_post_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_post_deleted_at" ON "feed_post" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_post_author_id_posted_at" ON "feed_post" ("author_id", "posted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_post_score_id" ON "feed_post" ("score", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_post_topics" ON "feed_post" USING GIN ("topics") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_post_product_ids" ON "feed_post" USING GIN ("product_ids") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "interest" ("id" text not null, "profile_id" text not null, "topic" text not null, "weight" real not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "interest_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_interest_deleted_at" ON "interest" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_interest_profile_id_topic_unique" ON "interest" ("profile_id", "topic") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "post_purchase" ("id" text not null, "post_id" text not null, "order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "post_purchase_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_purchase_deleted_at" ON "post_purchase" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_post_purchase_post_id_order_id_unique" ON "post_purchase" ("post_id", "order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_click" ("id" text not null, "post_id" text not null, "product_id" text not null, "viewer" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_click_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_click_deleted_at" ON "product_click" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_click_viewer_created_at" ON "product_click" ("viewer", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_click_post_id_viewer" ON "product_click" ("post_id", "viewer") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "timeline" ("id" text not null, "size" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "timeline_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_timeline_deleted_at" ON "timeline" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "timeline_entry" ("id" text not null, "profile_id" text not null, "post_id" text not null, "author_id" text not null, "posted_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "timeline_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_timeline_entry_deleted_at" ON "timeline_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_timeline_entry_profile_id_post_id_unique" ON "timeline_entry" ("profile_id", "post_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_timeline_entry_profile_id_posted_at_post_id" ON "timeline_entry" ("profile_id", "posted_at", "post_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_timeline_entry_post_id" ON "timeline_entry" ("post_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trending_hashtag" ("id" text not null, "score" double precision not null, "posts_count" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trending_hashtag_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trending_hashtag_deleted_at" ON "trending_hashtag" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trending_hashtag_score" ON "trending_hashtag" ("score") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fan_out" cascade;`);

    this.addSql(`drop table if exists "feed_post" cascade;`);

    this.addSql(`drop table if exists "interest" cascade;`);

    this.addSql(`drop table if exists "post_purchase" cascade;`);

    this.addSql(`drop table if exists "product_click" cascade;`);

    this.addSql(`drop table if exists "timeline" cascade;`);

    this.addSql(`drop table if exists "timeline_entry" cascade;`);

    this.addSql(`drop table if exists "trending_hashtag" cascade;`);
  }

}
