import { model } from "@medusajs/framework/utils"

/** One in-app notification read on its own, after the recipient's `read_until`. */
export const NotificationRead = model
  .define("notification_read", {
    id: model.id({ prefix: "nread" }).primaryKey(),
    notification_id: model.text(),
    recipient_id: model.text(),
    // The notification's creation time: reads at or before a later `read_until` are redundant and dropped.
    notified_at: model.dateTime(),
  })
  .indexes([
    { on: ["notification_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["recipient_id", "notified_at"] },
  ])
