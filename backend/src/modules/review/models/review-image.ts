import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

export const REVIEW_IMAGES_MAX = 6

/** One of a review's photos (an uploaded file), in order. */
export const ReviewImage = model.define("review_image", {
  id: model.id({ prefix: "rimg" }).primaryKey(),
  file_id: model.text(),
  url: model.text(),
  rank: model.number(),
  review: model.belongsTo(() => Review, { mappedBy: "images" }),
})
