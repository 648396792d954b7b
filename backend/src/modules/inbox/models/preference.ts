import { model } from "@medusajs/framework/utils"

/** A recipient's choice for one notification type on one channel; no row means the default (on). */
export const NotificationPreference = model
  .define("notification_preference", {
    id: model.id({ prefix: "npref" }).primaryKey(),
    recipient_id: model.text(),
    type: model.text(),
    channel: model.text(),
    enabled: model.boolean(),
  })
  .indexes([{ on: ["recipient_id", "type", "channel"], unique: true, where: "deleted_at IS NULL" }])
