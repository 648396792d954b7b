import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The order a fulfilment belongs to (events about shipments and deliveries carry the fulfilment id only). */
export const resolveOrderStep = createStep(
  "resolve-order-of-fulfillment",
  async (input: { order_id?: string; fulfillment_id?: string }, { container }) => {
    if (input.order_id) return new StepResponse(input.order_id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "fulfillment", fields: ["order.id"], filters: { id: input.fulfillment_id } })
    return new StepResponse((data[0] as { order?: { id?: string } } | undefined)?.order?.id ?? "")
  }
)
