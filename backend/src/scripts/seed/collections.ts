import { batchLinkProductsToCollectionWorkflow, createCollectionsWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Log = (message: string) => void

export type DemoCollection = { title: string; handle: string; products: string[] }

/** The demo's product collections with catalog products by handle (see catalog.ts); a product is in one at most. */
export const demoCollections: DemoCollection[] = [
  {
    title: "Gift ideas",
    handle: "gift-ideas",
    products: [
      "beeswax-candle",
      "dark-chocolate-bar",
      "pistachio-spread",
      "glass-carafe",
      "wool-scarf",
      "leather-wallet",
      "rose-face-oil",
      "plush-bear",
    ],
  },
  {
    title: "A taste of Greece",
    handle: "taste-of-greece",
    products: [
      "cretan-olive-oil",
      "thyme-honey",
      "sea-salt-flakes",
      "mountain-oregano",
      "greek-mountain-tea",
      "olive-wood-board",
      "olive-oil-soap",
    ],
  },
]

/**
 * The demo collections missing by handle, then each collection's demo products that are in no collection yet
 * (a product an operator moved to another collection stays there). Runs after the products exist.
 */
export async function seedCollections(container: MedusaContainer, log: Log): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product_collection",
    fields: ["id", "handle"],
    filters: { handle: demoCollections.map((c) => c.handle) },
  })
  const ids: Record<string, string> = Object.fromEntries(existing.map((c) => [c.handle, c.id]))
  const missing = demoCollections.filter((c) => !ids[c.handle])
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missing.map(({ title, handle }) => ({ title, handle })) },
    })
    for (const c of result) ids[c.handle] = c.id
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "collection_id"],
    filters: { handle: demoCollections.flatMap((c) => c.products) },
  })
  let linked = 0
  for (const collection of demoCollections) {
    const add = products.filter((p) => !p.collection_id && collection.products.includes(p.handle)).map((p) => p.id)
    if (!add.length) continue
    await batchLinkProductsToCollectionWorkflow(container).run({ input: { id: ids[collection.handle], add } })
    linked += add.length
  }
  const titles = demoCollections.map((c) => c.title).join(", ")
  log(`collections: ${titles} (${missing.length} created, ${linked} products added)`)
}
