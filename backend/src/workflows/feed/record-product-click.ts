import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FeedEvents } from "../../modules/feed/events"
import { recordEngagementStep } from "./steps/engagement"
import { recordProductClickStep } from "./steps/product-click"

/**
 * A viewer clicked a product tagged in a post: the click is recorded (a viewer's first click on a
 * post raises its score), the viewer's interests grow and `feed.product_click.created` is emitted.
 */
export const recordProductClickWorkflow = createWorkflow(
  "record-product-click",
  (input: { post_id: string; product_id: string; viewer: string; profile_id?: string | null }) => {
    const click = recordProductClickStep({ post_id: input.post_id, product_id: input.product_id, viewer: input.viewer })
    recordEngagementStep({ post_id: input.post_id, profile_id: input.profile_id, kind: "product_click" })
    emitEventStep({
      eventName: FeedEvents.PRODUCT_CLICK_CREATED,
      data: transform({ click }, ({ click }) => ({ id: click.id, post_id: click.post_id, product_id: click.product_id })),
    })
    return new WorkflowResponse(click)
  }
)
