import { model } from "@medusajs/framework/utils"
import { Post } from "./post"

/** A hashtag, stored lower-cased without the `#`. */
export const Hashtag = model
  .define("hashtag", {
    id: model.id({ prefix: "htag" }).primaryKey(),
    tag: model.text(),
    posts: model.manyToMany(() => Post, { mappedBy: "hashtags" }),
  })
  .indexes([{ on: ["tag"], unique: true, where: "deleted_at IS NULL" }])
