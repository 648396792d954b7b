import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124052905 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "post_tag" add column if not exists "rank" integer not null default 0;`);
    // Existing tags keep the order they were shown in.
    this.addSql(`update "post_tag" t set "rank" = r.n from (select id, row_number() over (partition by image_id order by created_at, id) - 1 as n from "post_tag") r where r.id = t.id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "post_tag" drop column if exists "rank";`);
  }

}
