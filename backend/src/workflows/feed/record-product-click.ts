import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FeedEvents } from "../../modules/feed/events"
import { recordEngagementStep } from "./steps/engagement"
import { recordProductClickStep } from "./steps/product-click"

/**
 * A viewer clicked a product tagged in a post: unless it is over `limit`, the click is recorded (a
 * viewer's first click on a post raises its score), the viewer's interests grow and
 * `feed.product_click.created` is emitted.
 */
export const recordProductClickWorkflow = createWorkflow(
  "record-product-click",
  (input: {
    post_id: string
    product_id: string
    viewer: string
    profile_id?: string | null
    limit: { clicks: number; seconds: number }
  }) => {
    const click = recordProductClickStep({ post_id: input.post_id, product_id: input.product_id, viewer: input.viewer, limit: input.limit })
    when({ click }, ({ click }) => click.recorded).then(() => {
      recordEngagementStep({ post_id: input.post_id, profile_id: input.profile_id, kind: "product_click" })
      emitEventStep({
        eventName: FeedEvents.PRODUCT_CLICK_CREATED,
        data: transform({ click }, ({ click }) => (click.recorded ? { id: click.id, post_id: click.post_id, product_id: click.product_id } : {})),
      })
    })
    return new WorkflowResponse(click)
  }
)
