import { model } from "@medusajs/framework/utils"

export const MODERATION_ACTIONS = ["proposed", "approved", "rejected"] as const
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]

/** The moderation log of a product: each proposal and each decision, with who and when. */
export const ModerationEntry = model
  .define("moderation_entry", {
    id: model.id({ prefix: "modent" }).primaryKey(),
    product_id: model.text(),
    seller_id: model.text(),
    action: model.enum([...MODERATION_ACTIONS]),
    reason: model.text().nullable(),
    // "user" for an operator, "seller" for a seller member, "system" for a plugin hook.
    actor_type: model.enum(["user", "seller", "system"]),
    actor_id: model.text(),
  })
  .indexes([{ on: ["product_id"] }])
