import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124024130 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_follow_followed_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_follow_followed_id_follower_id" ON "follow" ("followed_id", "follower_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_follow_followed_id_follower_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_follow_followed_id" ON "follow" ("followed_id") WHERE deleted_at IS NULL;`);
  }

}
