import { createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { assertSellerStatusStep } from "../seller/steps/assert-seller-status"
import { proposeProductWorkflow } from "./propose-product"
import { sellerProductContextStep } from "./steps/seller-product-context"
import { setStockStep } from "./steps/set-stock"
import { requireStatus } from "../seller/decision"

export type SellerVariantInput = {
  title: string
  sku?: string
  options: Record<string, string>
  prices: { currency_code: string; amount: number }[]
  manage_inventory?: boolean
  inventory_quantity?: number
}

export type SellerProductInput = {
  title: string
  handle?: string
  subtitle?: string
  description?: string
  thumbnail?: string
  images?: { url: string }[]
  category_ids?: string[]
  weight?: number
  options: { title: string; values: string[] }[]
  variants: SellerVariantInput[]
}

export type CreateSellerProductInput = { seller_id: string; actor_id: string; product: SellerProductInput }

/**
 * A seller's new listing: created as `proposed` in the store's sales channel, linked to the seller,
 * stocked at the seller's location, and queued for review. It is invisible in the store until approved.
 */
export const createSellerProductWorkflow = createWorkflow("create-seller-product", (input: CreateSellerProductInput) => {
  assertSellerStatusStep(transform(input, requireStatus(["approved"], "listing products")))
  const context = sellerProductContextStep({ seller_id: input.seller_id })
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, context }, ({ input, context }) => {
      const { variants, ...product } = input.product
      return {
        products: [
          {
            ...product,
            status: ProductStatus.PROPOSED,
            shipping_profile_id: context.shipping_profile_id,
            sales_channels: [{ id: context.sales_channel_id }],
            variants: variants.map(({ inventory_quantity: _quantity, ...variant }) => ({
              ...variant,
              manage_inventory: variant.manage_inventory ?? true,
            })),
          },
        ],
      }
    }),
  })
  const productId = transform({ products }, ({ products }) => products[0].id)
  createRemoteLinkStep(
    transform({ input, productId }, ({ input, productId }) => [
      { [SELLER_MODULE]: { seller_id: input.seller_id }, product: { product_id: productId } },
    ])
  )
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "title", "inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  })
  setStockStep(
    transform({ input, context, variants }, ({ input, context, variants }) => ({
      location_id: context.location_id,
      levels: input.product.variants.flatMap((wanted) => {
        const variant = variants.find((v) => v.title === wanted.title)
        const item = variant?.inventory_items?.[0]?.inventory_item_id
        return item ? [{ inventory_item_id: item, stocked_quantity: wanted.inventory_quantity ?? 0 }] : []
      }),
    }))
  )
  proposeProductWorkflow.runAsStep({
    input: transform({ input, productId }, ({ input, productId }) => ({
      product_id: productId,
      seller_id: input.seller_id,
      actor_id: input.actor_id,
    })),
  })
  return new WorkflowResponse({ id: productId })
})
