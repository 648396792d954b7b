import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Finds a product awaiting review and its seller; only `proposed` products can be decided. */
export const assertProposedStep = createStep(
  "assert-proposed",
  async ({ product_id }: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "status", "seller.id", "seller.status"],
      filters: { id: product_id },
    })
    const product = data[0]
    if (!product?.seller?.id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${product_id} was not found`)
    if (product.status !== ProductStatus.PROPOSED) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only proposed products can be moderated; this one is ${product.status}`)
    }
    return new StepResponse({ product_id, seller_id: product.seller.id as string })
  }
)
