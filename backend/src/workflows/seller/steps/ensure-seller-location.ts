import { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"

type Created = { location_id: string | null; links: LinkDefinition[] }

/**
 * Gives an approved seller its own stock location, in the store's default sales channel and served
 * by the manual fulfilment provider, unless it has one. Its stock and fulfilments live there.
 */
export const ensureSellerLocationStep = createStep(
  "ensure-seller-location",
  async ({ seller_id }: { seller_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data: sellers } = await query.graph({
      entity: "seller",
      fields: ["id", "name", "country_code", "stock_location.id"],
      filters: { id: seller_id },
    })
    const seller = sellers[0]
    if (seller.stock_location?.id) return new StepResponse<string, Created>(seller.stock_location.id, { location_id: null, links: [] })

    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const stockLocations = container.resolve(Modules.STOCK_LOCATION)
    const location = await stockLocations.createStockLocations({
      name: seller.name,
      address: { address_1: "", country_code: seller.country_code },
    })
    const links: LinkDefinition[] = [
      { [SELLER_MODULE]: { seller_id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
      ...(stores[0]?.default_sales_channel_id
        ? [
            {
              [Modules.SALES_CHANNEL]: { sales_channel_id: stores[0].default_sales_channel_id },
              [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            },
          ]
        : []),
    ]
    await link.create(links)
    return new StepResponse<string, Created>(location.id, { location_id: location.id, links })
  },
  async (created, { container }) => {
    if (!created?.location_id) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(created.links)
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations([created.location_id])
  }
)
