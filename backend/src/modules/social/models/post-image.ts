import { model } from "@medusajs/framework/utils"
import { Post } from "./post"
import { PostTag } from "./post-tag"

export const POST_IMAGES_MAX = 10

/** One of a post's 1 to 10 images (a file-module URL), in order. */
export const PostImage = model.define("post_image", {
  id: model.id({ prefix: "pimg" }).primaryKey(),
  url: model.text(),
  rank: model.number(),
  post: model.belongsTo(() => Post, { mappedBy: "images" }),
  tags: model.hasMany(() => PostTag, { mappedBy: "image" }),
})
