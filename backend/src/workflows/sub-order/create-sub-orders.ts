import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { SellerEvents } from "../../modules/seller/events"
import { createSubOrdersStep } from "./steps/create-sub-orders"

/** On a placed order: one sub-order per seller with items in it, linked to the order, one event each. */
export const createSubOrdersWorkflow = createWorkflow("create-sub-orders", (input: { order_id: string }) => {
  const subOrders = createSubOrdersStep(input)
  when({ subOrders }, ({ subOrders }) => subOrders.length > 0).then(() => {
    createRemoteLinkStep(
      transform({ subOrders }, ({ subOrders }) =>
        subOrders.map((sub) => ({
          [SELLER_MODULE]: { seller_id: sub.seller_id },
          [Modules.ORDER]: { order_id: sub.order_id },
        }))
      )
    )
    emitEventStep({
      eventName: SellerEvents.ORDER_PLACED,
      data: transform({ subOrders }, ({ subOrders }) => subOrders.map((sub) => ({ id: sub.id, order_id: sub.order_id, seller_id: sub.seller_id }))),
    })
  })
  return new WorkflowResponse(subOrders)
})
