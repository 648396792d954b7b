import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertSubOrderStep } from "./steps/assert-sub-order"
import { refreshSubOrderStatusStep } from "./steps/refresh-sub-order-status"

export type FulfillSubOrderInput = {
  seller_id: string
  member_id: string
  order_id: string
  items: { id: string; quantity: number }[]
}

/** A seller fulfils some of its own items from its own stock location. */
export const fulfillSubOrderWorkflow = createWorkflow("fulfill-sub-order", (input: FulfillSubOrderInput) => {
  const owned = assertSubOrderStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, order_id: input.order_id, item_ids: input.items.map((i) => i.id) }))
  )
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, owned }, ({ input, owned }) => ({
      order_id: input.order_id,
      items: input.items,
      location_id: owned.location_id,
      created_by: input.member_id,
    })),
  })
  refreshSubOrderStatusStep({ order_id: input.order_id })
  return new WorkflowResponse(fulfillment)
})
