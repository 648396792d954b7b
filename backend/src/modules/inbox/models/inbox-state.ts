import { model } from "@medusajs/framework/utils"

/** A recipient's "mark all read": every in-app notification up to `read_until` counts as read. */
export const InboxState = model
  .define("inbox_state", {
    id: model.id({ prefix: "inbx" }).primaryKey(),
    recipient_id: model.text(),
    read_until: model.dateTime(),
  })
  .indexes([{ on: ["recipient_id"], unique: true, where: "deleted_at IS NULL" }])
