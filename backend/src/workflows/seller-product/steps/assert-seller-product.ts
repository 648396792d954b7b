import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import sellerProduct from "../../../links/seller-product"

/**
 * Re-checks ownership inside the workflow: the product must be linked to the seller, and every
 * variant id given must be one of its variants. Anything else is "not found", never "forbidden".
 */
export const assertSellerProductStep = createStep(
  "assert-seller-product",
  async ({ seller_id, product_id, variant_ids = [] }: { seller_id: string; product_id: string; variant_ids?: string[] }, { container }) => {
    if (!seller_id || !product_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Product was not found")
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: sellerProduct.entryPoint,
      fields: ["product_id"],
      filters: { seller_id, product_id },
    })
    if (!links.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${product_id} was not found`)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "status", "title", "description", "images.url", "variants.id"],
      filters: { id: product_id },
    })
    const product = products[0]
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${product_id} was not found`)
    const own = new Set((product.variants ?? []).map((v) => v?.id))
    const foreign = variant_ids.find((id) => !own.has(id))
    if (foreign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id: ${foreign} was not found`)
    return new StepResponse(product)
  }
)
