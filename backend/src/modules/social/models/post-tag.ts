import { model } from "@medusajs/framework/utils"
import { Post } from "./post"
import { PostImage } from "./post-image"

export const TAGS_PER_IMAGE_MAX = 5

/** A product tagged on a post image, optionally at a point (x, y in 0..1 from the top left). */
export const PostTag = model
  .define("post_tag", {
    id: model.id({ prefix: "ptag" }).primaryKey(),
    product_id: model.text(),
    // Position among the image's tags, as the author gave them (ids made in one millisecond do not sort).
    rank: model.number().default(0),
    x: model.float().nullable(),
    y: model.float().nullable(),
    post: model.belongsTo(() => Post, { mappedBy: "tags" }),
    image: model.belongsTo(() => PostImage, { mappedBy: "tags" }),
  })
  .indexes([{ on: ["product_id"] }])
