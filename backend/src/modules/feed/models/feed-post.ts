import { model } from "@medusajs/framework/utils"

/**
 * The feed's copy of a published post (`id` is the post's id): who wrote it and when, what it is
 * about (`topics`: `#hashtag` and `category:<id>` of its tagged products), the products it tags,
 * its engagement and its explore score. Feeds page through this table, never through the posts.
 */
export const FeedPost = model
  .define("feed_post", {
    id: model.text().primaryKey(),
    author_id: model.text(),
    posted_at: model.dateTime(),
    topics: model.array(),
    product_ids: model.array(),
    likes: model.number().default(0),
    comments: model.number().default(0),
    clicks: model.number().default(0),
    purchases: model.number().default(0),
    score: model.float().default(0),
  })
  .indexes([
    { on: ["author_id", "posted_at"] },
    { on: ["score", "id"] },
    { on: ["topics"], type: "GIN" },
    { on: ["product_ids"], type: "GIN" },
  ])
