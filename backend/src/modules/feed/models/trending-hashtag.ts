import { model } from "@medusajs/framework/utils"

/** A hashtag's heat over the trending window (`id` is the tag): the summed scores of its posts. */
export const TrendingHashtag = model
  .define("trending_hashtag", {
    id: model.text().primaryKey(),
    score: model.float(),
    posts_count: model.number(),
  })
  .indexes([{ on: ["score"] }])
