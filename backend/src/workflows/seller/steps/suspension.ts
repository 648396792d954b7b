import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import sellerProduct from "../../../links/seller-product"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

export type ProductStatuses = Record<string, string>

const LISTED: string[] = [ProductStatus.PUBLISHED, ProductStatus.PROPOSED]

/**
 * Notes on the seller which of its products are published or in review, so that a suspension can
 * take them off the store (as drafts) and a reinstatement can put each back as it was.
 */
export const recordSuspensionStep = createStep(
  "record-suspension",
  async ({ seller_id }: { seller_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const { data: links } = await query.graph({ entity: sellerProduct.entryPoint, fields: ["product_id"], filters: { seller_id } })
    const ids = links.map((l: { product_id: string }) => l.product_id)
    const { data: products } = ids.length
      ? await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: ids } })
      : { data: [] }
    const statuses: ProductStatuses = Object.fromEntries(
      products.filter((p) => LISTED.includes(p.status)).map((p) => [p.id, p.status])
    )
    await service.updateSellers({ id: seller_id, suspended_products: statuses })
    return new StepResponse(statuses, seller_id)
  },
  async (sellerId, { container }) => {
    if (!sellerId) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers({ id: sellerId, suspended_products: null })
  }
)

/** Takes the statuses noted at suspension off the seller and returns them for restoring. */
export const takeSuspensionStep = createStep(
  "take-suspension",
  async ({ seller_id }: { seller_id: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const seller = await service.retrieveSeller(seller_id, { select: ["id", "suspended_products"] })
    const statuses = (seller.suspended_products ?? {}) as ProductStatuses
    await service.updateSellers({ id: seller_id, suspended_products: null })
    return new StepResponse(statuses, { seller_id, statuses })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers({ id: undo.seller_id, suspended_products: undo.statuses })
  }
)
