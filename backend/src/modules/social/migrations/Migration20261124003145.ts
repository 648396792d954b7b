import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124003145 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "post_report" drop constraint if exists "post_report_post_id_profile_id_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_post_report_post_id_profile_id_unique" ON "post_report" ("post_id", "profile_id") WHERE status = 'open' AND deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_post_comment_post_id_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_comment_post_id_parent_id_created_at" ON "post_comment" ("post_id", "parent_id", "created_at") WHERE deleted_at IS NULL;`);

    // The pivot table is generated from the many-to-many relation; hashtag pages read it by hashtag.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_hashtag_hashtag_id" ON "post_hashtag" ("hashtag_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_post_hashtag_hashtag_id";`);

    this.addSql(`drop index if exists "IDX_post_report_post_id_profile_id_unique";`);

    this.addSql(`drop index if exists "IDX_post_comment_post_id_parent_id_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_post_comment_post_id_created_at" ON "post_comment" ("post_id", "created_at") WHERE deleted_at IS NULL;`);
  }

}
