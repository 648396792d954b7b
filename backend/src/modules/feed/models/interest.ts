import { model } from "@medusajs/framework/utils"

/** How much a profile engaged with a topic (`#hashtag` or `category:<id>`); for-you ranks by it. */
export const Interest = model
  .define("interest", {
    id: model.id({ prefix: "int" }).primaryKey(),
    profile_id: model.text(),
    topic: model.text(),
    weight: model.float().default(0),
  })
  .indexes([{ on: ["profile_id", "topic"], unique: true }])
