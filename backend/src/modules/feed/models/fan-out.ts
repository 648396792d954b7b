import { model } from "@medusajs/framework/utils"

/**
 * A fan-out under way (`id` is the post's id): followers are delivered in batches ordered by profile
 * id, and `after` is the last one delivered. The row goes when the fan-out finishes; one that stops
 * moving (the process died) is resumed from `after` by the resume-fan-outs job.
 */
export const FanOut = model.define("fan_out", {
  id: model.text().primaryKey(),
  author_id: model.text(),
  after: model.text().nullable(),
  attempts: model.number().default(0),
})
