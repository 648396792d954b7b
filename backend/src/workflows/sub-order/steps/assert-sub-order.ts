import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

export type AssertSubOrderInput = { seller_id: string; order_id: string; fulfillment_id?: string; item_ids?: string[] }

/**
 * Re-checks ownership inside the workflow: the seller has a sub-order in the order, every item is
 * one of its own, and a fulfilment is of this order and from the seller's location. Otherwise 404.
 */
export const assertSubOrderStep = createStep(
  "assert-sub-order",
  async ({ seller_id, order_id, fulfillment_id, item_ids = [] }: AssertSubOrderInput, { container }) => {
    const notFound = (what: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found`)
    if (!seller_id || !order_id) throw notFound("Order")
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [subOrder] = await service.listSubOrders({ seller_id, order_id })
    if (!subOrder) throw notFound(`Order with id: ${order_id}`)
    const own = new Set(subOrder.line_item_ids as string[])
    const foreign = item_ids.find((id) => !own.has(id))
    if (foreign) throw notFound(`Item with id: ${foreign}`)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: sellers } = await query.graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: seller_id } })
    const locationId = sellers[0]?.stock_location?.id as string | undefined
    if (!locationId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The seller has no stock location")

    let fulfillment: { id: string; items: { line_item_id: string; quantity: number }[] } | undefined
    if (fulfillment_id) {
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.location_id", "fulfillments.items.line_item_id", "fulfillments.items.quantity"],
        filters: { id: order_id },
      })
      const found = orders[0]?.fulfillments?.find((f) => f?.id === fulfillment_id)
      if (!found || found.location_id !== locationId) throw notFound(`Fulfillment with id: ${fulfillment_id}`)
      fulfillment = {
        id: found.id,
        items: (found.items ?? []).map((i) => ({ line_item_id: i!.line_item_id as string, quantity: Number(i!.quantity) })),
      }
    }
    return new StepResponse({ sub_order_id: subOrder.id, location_id: locationId, fulfillment })
  }
)
