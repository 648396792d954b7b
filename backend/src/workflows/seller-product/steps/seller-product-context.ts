import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Where a seller's new product goes: the store's default sales channel and shipping profile, and the seller's location. */
export const sellerProductContextStep = createStep(
  "seller-product-context",
  async ({ seller_id }: { seller_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: stores }, { data: sellers }] = await Promise.all([
      query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
      query.graph({ entity: "seller", fields: ["id", "stock_location.id"], filters: { id: seller_id } }),
    ])
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const profiles = await fulfillment.listShippingProfiles({ type: "default" }, { select: ["id"] })
    const salesChannelId = stores[0]?.default_sales_channel_id
    const locationId = sellers[0]?.stock_location?.id
    if (!salesChannelId || !profiles[0] || !locationId) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no default sales channel, shipping profile or seller location")
    }
    return new StepResponse({ sales_channel_id: salesChannelId, shipping_profile_id: profiles[0].id, location_id: locationId })
  }
)
