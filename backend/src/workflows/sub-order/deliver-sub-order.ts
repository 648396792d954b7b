import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshPayoutLinesWorkflow } from "../payout/refresh-payout-lines"
import { assertSubOrderStep } from "./steps/assert-sub-order"
import { refreshSubOrderStatusStep } from "./steps/refresh-sub-order-status"

/** Marks one of the seller's fulfilments as delivered; delivered and captured sales become payable. */
export const deliverSubOrderWorkflow = createWorkflow(
  "deliver-sub-order",
  (input: { seller_id: string; order_id: string; fulfillment_id: string }) => {
    assertSubOrderStep(input)
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ orderId: input.order_id, fulfillmentId: input.fulfillment_id })),
    })
    refreshSubOrderStatusStep({ order_id: input.order_id })
    refreshPayoutLinesWorkflow.runAsStep({ input: { order_id: input.order_id } })
    return new WorkflowResponse({ fulfillment_id: input.fulfillment_id })
  }
)
