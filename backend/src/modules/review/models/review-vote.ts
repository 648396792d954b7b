import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

/** A customer found a review helpful; one vote per customer (a unique index makes a repeat a no-op). */
export const ReviewVote = model
  .define("review_vote", {
    id: model.id({ prefix: "rvote" }).primaryKey(),
    customer_id: model.text(),
    review: model.belongsTo(() => Review, { mappedBy: "votes" }),
  })
  .indexes([{ on: ["review_id", "customer_id"], unique: true, where: "deleted_at IS NULL" }])
