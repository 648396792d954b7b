import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const DEMO_PROMO_CODE = "WELCOME10"

type Log = (message: string) => void

/**
 * The demo's promotion code: 10 % off the items of any order in the region, for everyone, with no
 * limit. Created only when no promotion has the code yet.
 */
export async function seedPromotions(container: MedusaContainer, regionId: string, log: Log): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "promotion", fields: ["id"], filters: { code: DEMO_PROMO_CODE } })
  if (!data.length) {
    await createPromotionsWorkflow(container).run({
      input: {
        promotionsData: [
          {
            code: DEMO_PROMO_CODE,
            type: "standard",
            status: "active",
            is_automatic: false,
            // Prices include VAT, so the percentage is of what the shopper sees.
            is_tax_inclusive: true,
            application_method: { type: "percentage", target_type: "order", value: 10, currency_code: "eur" },
            rules: [{ attribute: "region.id", operator: "eq", values: [regionId] }],
          },
        ],
      },
    })
  }
  log(`promotion ${DEMO_PROMO_CODE}: 10 % off the order in the region`)
}
