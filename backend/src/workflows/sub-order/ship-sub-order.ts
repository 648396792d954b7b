import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertSubOrderStep } from "./steps/assert-sub-order"
import { refreshSubOrderStatusStep } from "./steps/refresh-sub-order-status"

export type ShipSubOrderInput = {
  seller_id: string
  member_id: string
  order_id: string
  fulfillment_id: string
  tracking_number: string
  carrier: string
  tracking_url?: string
}

/** Marks one of the seller's fulfilments as shipped, with the carrier and tracking number. */
export const shipSubOrderWorkflow = createWorkflow("ship-sub-order", (input: ShipSubOrderInput) => {
  const owned = assertSubOrderStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, order_id: input.order_id, fulfillment_id: input.fulfillment_id }))
  )
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, owned }, ({ input, owned }) => ({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
      created_by: input.member_id,
      items: owned.fulfillment!.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
      labels: [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }],
      metadata: { carrier: input.carrier },
    })),
  })
  refreshSubOrderStatusStep({ order_id: input.order_id })
  return new WorkflowResponse({ fulfillment_id: input.fulfillment_id })
})
