import { model } from "@medusajs/framework/utils"

/** A post in a profile's following timeline (written by fan-out and backfill; ids only). */
export const TimelineEntry = model
  .define("timeline_entry", {
    id: model.id({ prefix: "tle" }).primaryKey(),
    profile_id: model.text(),
    post_id: model.text(),
    author_id: model.text(),
    posted_at: model.dateTime(),
  })
  .indexes([
    { on: ["profile_id", "post_id"], unique: true },
    { on: ["profile_id", "posted_at", "post_id"] },
    { on: ["post_id"] },
  ])
