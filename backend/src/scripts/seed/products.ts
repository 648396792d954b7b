import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CreateProductWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import { catalog, CatalogCategory, catalogVariants, toHandle } from "./catalog"
import { uploadProductImage } from "./images"
import type { SeededSeller } from "./sellers"
import { StoreSetup } from "./store"

const STOCK_PER_VARIANT = 100
const BATCH = 11

type Log = (message: string) => void

/** Each catalog product's handle and the handle of its category. */
const categoryOf = new Map(catalog.flatMap((c) => c.products.map(([title]) => [toHandle(title), c.handle] as const)))

/**
 * Categories, then the products missing by handle (with generated images), then a seller for each
 * product without one (its category's seller), then missing stock levels at each seller's location.
 */
export async function seedProducts(container: MedusaContainer, setup: StoreSetup, sellers: SeededSeller[], log: Log): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const categoryIds = await ensureCategories(container)
  log(`categories: ${catalog.map((c) => c.name).join(", ")}`)

  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"] })
  const present = new Set(existing.map((p) => p.handle))
  const total = catalog.reduce((n, c) => n + c.products.length, 0)
  const missing = catalog.flatMap((category) =>
    category.products
      .map(([title, price, description]) => ({ category, title, price, description, handle: toHandle(title) }))
      .filter((p) => !present.has(p.handle))
  )

  let done = total - missing.length
  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH)
    const products = await Promise.all(
      batch.map(async (p) => toProduct(p, categoryIds[p.category.handle], await uploadProductImage(container, p.handle), setup))
    )
    await createProductsWorkflow(container).run({ input: { products } })
    done += batch.length
    log(`products: ${done}/${total}`)
  }
  if (!missing.length) log(`products: ${total}/${total} present`)

  await ensureOwners(container, sellers, log)
  await ensureStock(container, sellers, log)
}

function toProduct(
  p: { category: CatalogCategory; title: string; price: number; description: string; handle: string },
  categoryId: string,
  imageUrl: string,
  setup: StoreSetup
): CreateProductWorkflowInputDTO {
  const { option } = p.category
  return {
    title: p.title,
    handle: p.handle,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    category_ids: [categoryId],
    thumbnail: imageUrl,
    images: [{ url: imageUrl }],
    options: [{ title: option.title, values: option.values }],
    variants: catalogVariants(option, p.handle, p.price).map((variant) => ({ ...variant, manage_inventory: true })),
    shipping_profile_id: setup.shippingProfileId,
    sales_channels: [{ id: setup.salesChannelId }],
  }
}

async function ensureCategories(container: MedusaContainer): Promise<Record<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const ids: Record<string, string> = Object.fromEntries(data.map((c) => [c.handle, c.id]))
  const missing = catalog.filter((c) => !ids[c.handle])
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({ name: c.name, handle: c.handle, is_active: true })),
      },
    })
    for (const c of result) ids[c.handle] = c.id
  }
  return ids
}

/** Links every catalog product without a seller to the approved seller of its category. */
async function ensureOwners(container: MedusaContainer, sellers: SeededSeller[], log: Log): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const owners = new Map(sellers.filter((s) => s.status === "approved").flatMap((s) => s.categories.map((c) => [c, s.id] as const)))
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "seller.id"],
    filters: { handle: [...categoryOf.keys()] },
  })
  const unowned = products.filter((p) => !p.seller?.id)
  const links = unowned.map((p) => {
    const category = categoryOf.get(p.handle)!
    const sellerId = owners.get(category)
    if (!sellerId) throw new Error(`no approved demo seller sells the category ${category}`)
    return { [SELLER_MODULE]: { seller_id: sellerId }, [Modules.PRODUCT]: { product_id: p.id } }
  })
  if (links.length) await link.create(links)
  log(`owners: ${links.length} products linked to their seller, ${products.length - links.length} present`)
}

/**
 * Stocks STOCK_PER_VARIANT of every catalog variant at its seller's own location (not at the platform's
 * Berlin warehouse), so each seller's reservations and fulfilments are its own. Only missing levels are added.
 */
async function ensureStock(container: MedusaContainer, sellers: SeededSeller[], log: Log): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const locations = new Map(sellers.flatMap((s) => (s.location_id ? [[s.id, s.location_id] as const] : [])))
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["seller.id", "variants.inventory_items.inventory_item_id"],
    filters: { handle: [...categoryOf.keys()] },
  })
  const wanted = products.flatMap((p) => {
    const locationId = locations.get(p.seller?.id ?? "")
    if (!locationId) return []
    return (p.variants ?? []).flatMap((v) =>
      (v?.inventory_items ?? []).map((i) => ({ inventory_item_id: i!.inventory_item_id as string, location_id: locationId }))
    )
  })
  const { data: items } = wanted.length
    ? await query.graph({
        entity: "inventory_item",
        fields: ["id", "location_levels.id", "location_levels.location_id", "location_levels.reserved_quantity"],
        filters: { id: wanted.map((w) => w.inventory_item_id) },
      })
    : { data: [] }
  const stocked = new Set(
    items.flatMap((item) => (item.location_levels ?? []).map((level) => `${item.id}:${level?.location_id}`))
  )
  const missing = wanted.filter((w) => !stocked.has(`${w.inventory_item_id}:${w.location_id}`))
  if (missing.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: missing.map((w) => ({ ...w, stocked_quantity: STOCK_PER_VARIANT })) },
    })
  }
  // Demo data seeded before products had sellers kept its stock at the platform warehouse; unreserved
  // levels anywhere but the owner's location go, so reservations land where the seller fulfils.
  const owner = new Map(wanted.map((w) => [w.inventory_item_id, w.location_id]))
  const stray = items.flatMap((item) =>
    (item.location_levels ?? []).filter((l) => l && l.location_id !== owner.get(item.id) && Number(l.reserved_quantity) === 0).map((l) => l!.id as string)
  )
  if (stray.length) await container.resolve(Modules.INVENTORY).deleteInventoryLevels(stray)
  log(`stock: ${missing.length} inventory levels added at the sellers' locations, ${wanted.length - missing.length} present, ${stray.length} elsewhere removed`)
}
