import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sellerProduct from "../../../links/seller-product"
import { SELLER_MODULE } from "../../../modules/seller"
import SellerModuleService from "../../../modules/seller/service"

const FIELDS = [
  "id",
  "title",
  "handle",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "weight",
  "created_at",
  "updated_at",
  "images.url",
  "categories.id",
  "categories.name",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** The ids of a seller's products (or whether one product is among them); never an unscoped query. */
export async function sellerProductIds(container: MedusaContainer, sellerId: string, productId?: string): Promise<string[]> {
  if (!sellerId || productId === "") return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: sellerProduct.entryPoint,
    fields: ["product_id"],
    filters: { seller_id: sellerId, ...(productId ? { product_id: productId } : {}) },
  })
  return data.map((l: { product_id: string }) => l.product_id)
}

/**
 * A seller's products as the vendor API shows them: stock at the seller's own location and the
 * latest moderation entry (with the rejection reason).
 */
export async function readSellerProducts(
  container: MedusaContainer,
  sellerId: string,
  ids: string[],
  page: { skip: number; take: number } = { skip: 0, take: ids.length },
  status?: string
) {
  if (!ids.length) return { products: [], count: 0 }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products, metadata }, { data: sellers }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: FIELDS,
      filters: { id: ids, ...(status ? { status } : {}) } as never,
      pagination: { ...page, order: { created_at: "DESC" } },
    }),
    query.graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: sellerId } }),
  ])
  const locationId = sellers[0]?.stock_location?.id
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const entries = products.length
    ? await service.listModerationEntries({ product_id: products.map((p) => p.id) }, { order: { created_at: "DESC" } })
    : []
  return {
    count: metadata?.count ?? products.length,
    products: products.map((product) => {
      const last = entries.find((e) => e.product_id === product.id)
      return {
        ...product,
        variants: (product.variants ?? []).map((variant) => {
          const { inventory_items, ...rest } = variant as typeof variant & { inventory_items?: unknown[] }
          const level = (inventory_items as { inventory?: { location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number }[] } }[] | undefined)?.[0]
            ?.inventory?.location_levels?.find((l) => l.location_id === locationId)
          return { ...rest, inventory_quantity: level?.stocked_quantity ?? 0, reserved_quantity: level?.reserved_quantity ?? 0 }
        }),
        moderation: last ? { action: last.action, reason: last.reason, created_at: last.created_at } : null,
      }
    }),
  }
}
