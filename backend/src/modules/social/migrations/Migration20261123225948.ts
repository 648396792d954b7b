import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123225948 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "post_like" drop constraint if exists "post_like_post_id_profile_id_unique";`);
    this.addSql(`alter table if exists "profile" drop constraint if exists "profile_handle_unique";`);
    this.addSql(`alter table if exists "hashtag" drop constraint if exists "hashtag_tag_unique";`);
    this.addSql(`alter table if exists "follow" drop constraint if exists "follow_follower_id_followed_id_unique";`);
    this.addSql(`create table if not exists "follow" ("id" text not null, "follower_id" text not null, "followed_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "follow_pkey" primary key ("id"));`);
    // A profile never follows itself, whatever writes the row.
    this.addSql(`alter table if exists "follow" add constraint "follow_not_self" check ("follower_id" <> "followed_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_follow_deleted_at" ON "follow" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_follow_follower_id_followed_id_unique" ON "follow" ("follower_id", "followed_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_follow_followed_id" ON "follow" ("followed_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "hashtag" ("id" text not null, "tag" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "hashtag_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_hashtag_deleted_at" ON "hashtag" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_hashtag_tag_unique" ON "hashtag" ("tag") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "profile" ("id" text not null, "handle" text not null, "display_name" text not null, "bio" text null, "avatar_url" text null, "kind" text check ("kind" in ('customer', 'seller')) not null, "posts_count" integer not null default 0, "followers_count" integer not null default 0, "following_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_profile_deleted_at" ON "profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_profile_handle_unique" ON "profile" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "post" ("id" text not null, "caption" text not null default '', "status" text check ("status" in ('published', 'hidden', 'deleted')) not null default 'published', "likes_count" integer not null default 0, "comments_count" integer not null default 0, "profile_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "post_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_profile_id" ON "post" ("profile_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_deleted_at" ON "post" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_profile_id_status_created_at" ON "post" ("profile_id", "status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "post_report" ("id" text not null, "profile_id" text not null, "reason" text check ("reason" in ('spam', 'offensive', 'counterfeit', 'misleading', 'other')) not null, "note" text null, "status" text check ("status" in ('open', 'resolved', 'dismissed')) not null default 'open', "post_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "post_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_report_post_id" ON "post_report" ("post_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_report_deleted_at" ON "post_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_report_status_created_at" ON "post_report" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "post_like" ("id" text not null, "profile_id" text not null, "post_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "post_like_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_like_post_id" ON "post_like" ("post_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_like_deleted_at" ON "post_like" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_post_like_post_id_profile_id_unique" ON "post_like" ("post_id", "profile_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "post_image" ("id" text not null, "url" text not null, "rank" integer not null, "post_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "post_image_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_image_post_id" ON "post_image" ("post_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_image_deleted_at" ON "post_image" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "post_tag" ("id" text not null, "product_id" text not null, "x" real null, "y" real null, "post_id" text not null, "image_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "post_tag_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_tag_post_id" ON "post_tag" ("post_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_tag_image_id" ON "post_tag" ("image_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_tag_deleted_at" ON "post_tag" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_tag_product_id" ON "post_tag" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "post_comment" ("id" text not null, "profile_id" text not null, "body" text not null, "parent_id" text null, "post_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "post_comment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_comment_post_id" ON "post_comment" ("post_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_comment_deleted_at" ON "post_comment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_comment_post_id_created_at" ON "post_comment" ("post_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_comment_parent_id" ON "post_comment" ("parent_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "post_hashtag" ("post_id" text not null, "hashtag_id" text not null, constraint "post_hashtag_pkey" primary key ("post_id", "hashtag_id"));`);

    this.addSql(`alter table if exists "post" add constraint "post_profile_id_foreign" foreign key ("profile_id") references "profile" ("id") on update cascade;`);

    this.addSql(`alter table if exists "post_report" add constraint "post_report_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);

    this.addSql(`alter table if exists "post_like" add constraint "post_like_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);

    this.addSql(`alter table if exists "post_image" add constraint "post_image_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);

    this.addSql(`alter table if exists "post_tag" add constraint "post_tag_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);
    this.addSql(`alter table if exists "post_tag" add constraint "post_tag_image_id_foreign" foreign key ("image_id") references "post_image" ("id") on update cascade;`);

    this.addSql(`alter table if exists "post_comment" add constraint "post_comment_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);

    this.addSql(`alter table if exists "post_hashtag" add constraint "post_hashtag_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "post_hashtag" add constraint "post_hashtag_hashtag_id_foreign" foreign key ("hashtag_id") references "hashtag" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "post_hashtag" drop constraint if exists "post_hashtag_hashtag_id_foreign";`);

    this.addSql(`alter table if exists "post" drop constraint if exists "post_profile_id_foreign";`);

    this.addSql(`alter table if exists "post_report" drop constraint if exists "post_report_post_id_foreign";`);

    this.addSql(`alter table if exists "post_like" drop constraint if exists "post_like_post_id_foreign";`);

    this.addSql(`alter table if exists "post_image" drop constraint if exists "post_image_post_id_foreign";`);

    this.addSql(`alter table if exists "post_tag" drop constraint if exists "post_tag_post_id_foreign";`);

    this.addSql(`alter table if exists "post_comment" drop constraint if exists "post_comment_post_id_foreign";`);

    this.addSql(`alter table if exists "post_hashtag" drop constraint if exists "post_hashtag_post_id_foreign";`);

    this.addSql(`alter table if exists "post_tag" drop constraint if exists "post_tag_image_id_foreign";`);

    this.addSql(`drop table if exists "follow" cascade;`);

    this.addSql(`drop table if exists "hashtag" cascade;`);

    this.addSql(`drop table if exists "profile" cascade;`);

    this.addSql(`drop table if exists "post" cascade;`);

    this.addSql(`drop table if exists "post_report" cascade;`);

    this.addSql(`drop table if exists "post_like" cascade;`);

    this.addSql(`drop table if exists "post_image" cascade;`);

    this.addSql(`drop table if exists "post_tag" cascade;`);

    this.addSql(`drop table if exists "post_comment" cascade;`);

    this.addSql(`drop table if exists "post_hashtag" cascade;`);
  }

}
