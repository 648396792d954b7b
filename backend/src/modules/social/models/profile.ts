import { model } from "@medusajs/framework/utils"
import { Post } from "./post"

export const PROFILE_KINDS = ["customer", "seller"] as const

/**
 * A social identity: one per customer and one per approved seller, sharing one handle space. The
 * counts are kept by the service in the same transaction as the rows they count.
 */
export const Profile = model
  .define("profile", {
    id: model.id({ prefix: "prof" }).primaryKey(),
    handle: model.text().searchable(),
    display_name: model.text().searchable(),
    bio: model.text().nullable(),
    avatar_url: model.text().nullable(),
    kind: model.enum([...PROFILE_KINDS]),
    posts_count: model.number().default(0),
    followers_count: model.number().default(0),
    following_count: model.number().default(0),
    posts: model.hasMany(() => Post, { mappedBy: "profile" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
