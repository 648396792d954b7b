import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshPayoutLinesWorkflow } from "../payout/refresh-payout-lines"
import { refreshSubOrderStatusStep } from "./steps/refresh-sub-order-status"
import { resolveOrderStep } from "./steps/resolve-order"

/**
 * Brings sub-orders up to date after any fulfilment change, including those an operator makes in the
 * Medusa admin: statuses from the items, then payout lines that became payable.
 */
export const syncSubOrdersWorkflow = createWorkflow(
  "sync-sub-orders",
  (input: { order_id?: string; fulfillment_id?: string }) => {
    const orderId = resolveOrderStep(input)
    when({ orderId }, ({ orderId }) => !!orderId).then(() => {
      refreshSubOrderStatusStep(transform({ orderId }, ({ orderId }) => ({ order_id: orderId })))
      refreshPayoutLinesWorkflow.runAsStep({ input: transform({ orderId }, ({ orderId }) => ({ order_id: orderId })) })
    })
    return new WorkflowResponse(orderId)
  }
)
