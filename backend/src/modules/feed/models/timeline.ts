import { model } from "@medusajs/framework/utils"

/**
 * A profile's following timeline (`id` is the profile's id). `size` counts its entries so that the
 * cap is kept by deleting the oldest few, without counting the timeline on every write.
 */
export const Timeline = model.define("timeline", {
  id: model.text().primaryKey(),
  size: model.number().default(0),
})
