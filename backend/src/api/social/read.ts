import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { SOCIAL_MODULE } from "../../modules/social"
import SocialModuleService from "../../modules/social/service"
import { ttlCache } from "../ttl-cache"

/** Who looks at posts: their profile (for `liked_by_me`), and the region and sales channel prices and stock are for. */
export type Viewer = { profile_id?: string; region_id?: string; sales_channel_id?: string }

/**
 * `available` can be bought now; `sold_out` is listed but out of stock; `unavailable` is no longer
 * sold (unpublished, its seller not approved, or deleted): the tag stays on the post but leads nowhere.
 */
export type Availability = "available" | "sold_out" | "unavailable"

type Product = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  seller?: { handle: string; name: string; status: string } | null
  variants: { id: string; manage_inventory: boolean; allow_backorder: boolean; calculated_price?: { calculated_amount: number; currency_code: string } | null }[]
}

/** A post's or comment's author as the store shows it. */
export const authorView = (p: { id: string; handle: string; display_name: string; avatar_url: string | null; kind: string }) => ({
  id: p.id,
  handle: p.handle,
  display_name: p.display_name,
  avatar_url: p.avatar_url,
  kind: p.kind,
})

/** Posts by id, in the order given, as the store shows them. Ids that are not found are left out. */
export async function readPosts(container: MedusaContainer, ids: string[], viewer: Viewer) {
  if (!ids.length) return []
  const service: SocialModuleService = container.resolve(SOCIAL_MODULE)
  const posts = await service.postViews(ids, viewer.profile_id)
  const productIds = [...new Set(posts.flatMap((p) => p.images.flatMap((i) => i.tags.map((t) => t.product_id))))]
  const products = await taggedProducts(container, productIds, viewer)

  const byId = new Map(
    posts.map((post) => {
      const tagged = [...new Set(post.images.flatMap((i) => i.tags.map((t) => t.product_id)))]
      return [
        post.id,
        {
          ...post,
          products: tagged.map((id) => products.get(id) ?? { id, title: null, handle: null, thumbnail: null, price: null, availability: "unavailable" as Availability, seller: null }),
        },
      ] as const
    })
  )
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** One post as the viewer may see it: published, or hidden but the viewer's own. */
export async function readPost(container: MedusaContainer, id: string, viewer: Viewer) {
  const [post] = await readPosts(container, [id], viewer)
  if (!post || !(post.status === "published" || (post.status === "hidden" && post.author.id === viewer.profile_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Post with id: ${id} was not found`)
  }
  return post
}

// Tagged products with the viewer's price (the cheapest variant) and whether they can be bought now.
async function taggedProducts(container: MedusaContainer, ids: string[], viewer: Viewer) {
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { region, salesChannelId } = await pricingContext(container, viewer)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "thumbnail",
      "status",
      "seller.handle",
      "seller.name",
      "seller.status",
      "variants.id",
      "variants.manage_inventory",
      "variants.allow_backorder",
      ...(region ? ["variants.calculated_price.calculated_amount", "variants.calculated_price.currency_code"] : []),
    ],
    filters: { id: ids },
    ...(region && { context: { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) } } }),
  })
  const products = data as unknown as Product[]
  const managed = products.flatMap((p) => p.variants.filter((v) => v.manage_inventory && !v.allow_backorder).map((v) => v.id))
  const stock =
    managed.length && salesChannelId
      ? await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: salesChannelId })
      : {}

  return new Map(
    products.map((p) => {
      const sold = p.status === "published" && (!p.seller || p.seller.status === "approved")
      const inStock = p.variants.some((v) => !v.manage_inventory || v.allow_backorder || (stock[v.id]?.availability ?? 0) > 0)
      const prices = p.variants.flatMap((v) => (v.calculated_price ? [v.calculated_price] : []))
      const cheapest = prices.sort((a, b) => a.calculated_amount - b.calculated_amount)[0]
      return [
        p.id,
        {
          id: p.id,
          title: p.title,
          handle: p.handle,
          thumbnail: p.thumbnail,
          price: sold && cheapest ? { amount: cheapest.calculated_amount, currency_code: cheapest.currency_code } : null,
          availability: (sold ? (inStock ? "available" : "sold_out") : "unavailable") as Availability,
          seller: p.seller ? { handle: p.seller.handle, name: p.seller.name } : null,
        },
      ]
    })
  )
}

// Prices are for the region asked for, stock for the publishable key's sales channel; the store's
// defaults stand in for either (vendor routes have no publishable key). Both change rarely, and every
// read of posts with product tags needs them.
const pricingCache = ttlCache<{ region: { id: string; currency_code: string } | null; salesChannelId?: string }>(60_000, 1_000)

async function pricingContext(container: MedusaContainer, viewer: Viewer) {
  const key = `${viewer.region_id ?? ""}|${viewer.sales_channel_id ?? ""}`
  const cached = pricingCache.get(key)
  if (cached) return cached
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let { region_id: regionId, sales_channel_id: salesChannelId } = viewer
  if (!regionId || !salesChannelId) {
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_region_id", "default_sales_channel_id"] })
    regionId ??= stores[0]?.default_region_id ?? undefined
    salesChannelId ??= stores[0]?.default_sales_channel_id ?? undefined
  }
  const { data: regions } = regionId ? await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } }) : { data: [] }
  if (!regions[0] && viewer.region_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region with id ${regionId}`)
  const context = { region: (regions[0] as { id: string; currency_code: string } | undefined) ?? null, salesChannelId }
  pricingCache.set(key, context)
  return context
}
