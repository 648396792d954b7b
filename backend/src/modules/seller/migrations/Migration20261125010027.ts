import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125010027 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sub_order" add column if not exists "delivered_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "sub_order" drop column if exists "delivered_at";`);
  }

}
