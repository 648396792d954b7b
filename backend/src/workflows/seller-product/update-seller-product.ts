import { updateProductsWorkflow, updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertSellerStatusStep } from "../seller/steps/assert-seller-status"
import { proposeProductWorkflow } from "./propose-product"
import { assertSellerProductStep } from "./steps/assert-seller-product"
import { sellerProductContextStep } from "./steps/seller-product-context"
import { setStockStep } from "./steps/set-stock"
import { needsReview } from "./review"
import { requireStatus } from "../seller/decision"

export type SellerProductUpdate = {
  title?: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  images?: { url: string }[]
  category_ids?: string[]
  weight?: number | null
  variants?: { id: string; prices?: { currency_code: string; amount: number }[]; inventory_quantity?: number }[]
}

export type UpdateSellerProductInput = {
  seller_id: string
  actor_id: string
  product_id: string
  update: SellerProductUpdate
}

/**
 * A seller's edit. Prices and stock apply at once; a change to what shoppers read (title,
 * description, images) of a published or rejected product sends it back to review as `proposed`.
 */
export const updateSellerProductWorkflow = createWorkflow("update-seller-product", (input: UpdateSellerProductInput) => {
  assertSellerStatusStep(transform(input, requireStatus(["approved"], "editing products")))
  const current = assertSellerProductStep(
    transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      product_id: input.product_id,
      variant_ids: (input.update.variants ?? []).map((v) => v.id),
    }))
  )
  const context = sellerProductContextStep({ seller_id: input.seller_id })
  const review = transform({ input, current }, ({ input, current }) => needsReview(current, input.update))

  updateProductsWorkflow.runAsStep({
    input: transform({ input, review }, ({ input, review }) => {
      const { variants: _variants, ...content } = input.update
      return {
        selector: { id: input.product_id },
        update: { ...content, ...(review ? { status: ProductStatus.PROPOSED } : {}) },
      }
    }),
  })
  updateProductVariantsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      product_variants: (input.update.variants ?? []).filter((v) => v.prices).map((v) => ({ id: v.id, prices: v.prices })),
    })),
  })
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { product_id: input.product_id },
  })
  setStockStep(
    transform({ input, context, variants }, ({ input, context, variants }) => ({
      location_id: context.location_id,
      levels: (input.update.variants ?? []).flatMap((wanted) => {
        const item = variants.find((v) => v.id === wanted.id)?.inventory_items?.[0]?.inventory_item_id
        return item && wanted.inventory_quantity !== undefined ? [{ inventory_item_id: item, stocked_quantity: wanted.inventory_quantity }] : []
      }),
    }))
  )
  when({ review }, ({ review }) => review).then(() => {
    proposeProductWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ product_id: input.product_id, seller_id: input.seller_id, actor_id: input.actor_id })),
    })
  })
  return new WorkflowResponse({ id: input.product_id, review })
})
