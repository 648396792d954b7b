import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { CreateProductWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { catalog, CatalogCategory, toHandle } from "./catalog"
import { productPng } from "./images"
import { StoreSetup } from "./store"

const STOCK_PER_VARIANT = 100
const BATCH = 11

type Log = (message: string) => void

/** Categories, then the products missing by handle (with generated images), then missing stock levels. */
export async function seedProducts(container: MedusaContainer, setup: StoreSetup, log: Log): Promise<void> {
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
      batch.map(async (p) => {
        const { result: files } = await uploadFilesWorkflow(container).run({
          input: {
            files: [
              {
                filename: `${p.handle}.png`,
                mimeType: "image/png",
                content: (await productPng(p.handle)).toString("base64"),
                access: "public",
              },
            ],
          },
        })
        return toProduct(p, categoryIds[p.category.handle], files[0].url, setup)
      })
    )
    await createProductsWorkflow(container).run({ input: { products } })
    done += batch.length
    log(`products: ${done}/${total}`)
  }
  if (!missing.length) log(`products: ${total}/${total} present`)

  await ensureStock(container, setup.stockLocationId, log)
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
    variants: option.values.map((value, i) => ({
      title: value,
      sku: `${p.handle}-${toHandle(value)}`.toUpperCase(),
      options: { [option.title]: value },
      manage_inventory: true,
      prices: [{ currency_code: "eur", amount: Math.round((p.price + option.surcharge[i]) * 100) / 100 }],
    })),
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

/** Gives every inventory item without a level at the location a stock of STOCK_PER_VARIANT. */
async function ensureStock(container: MedusaContainer, locationId: string, log: Log): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "location_levels.location_id"],
  })
  const unstocked = items.filter((item) => !item.location_levels?.some((level: { location_id?: string } | null) => level?.location_id === locationId))
  if (unstocked.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: unstocked.map((item) => ({
          inventory_item_id: item.id,
          location_id: locationId,
          stocked_quantity: STOCK_PER_VARIANT,
        })),
      },
    })
  }
  log(`stock: ${unstocked.length} inventory levels added, ${items.length - unstocked.length} present`)
}
