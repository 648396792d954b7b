import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PostIndex } from "../../../modules/feed/service"
import { categoryTopic, hashtagTopic } from "../../../modules/feed/topics"
import { SOCIAL_MODULE } from "../../../modules/social"
import SocialModuleService from "../../../modules/social/service"

/**
 * The feed's view of published posts: author, time, hashtags and the categories of tagged products
 * (as topics), tagged products and engagement counts. Posts that are not published are left out.
 */
export async function postIndexes(container: MedusaContainer, ids: string[]): Promise<PostIndex[]> {
  if (!ids.length) return []
  const social = container.resolve<SocialModuleService>(SOCIAL_MODULE)
  const posts = await social.listPosts(
    { id: ids, status: "published" },
    { select: ["id", "profile_id", "created_at", "likes_count", "comments_count"], relations: ["hashtags", "tags"] }
  )
  const categories = await productCategories(container, [...new Set(posts.flatMap((p) => p.tags.map((t) => t.product_id)))])

  return posts.map((post) => {
    const tagged = [...new Set(post.tags.map((t) => t.product_id))]
    const categoryIds = [...new Set(tagged.flatMap((id) => categories.get(id) ?? []))]
    return {
      id: post.id,
      author_id: (post as unknown as { profile_id: string }).profile_id,
      posted_at: new Date(post.created_at),
      topics: [...post.hashtags.map((h) => hashtagTopic(h.tag)), ...categoryIds.map(categoryTopic)],
      product_ids: tagged,
      likes: post.likes_count,
      comments: post.comments_count,
    }
  })
}

/** The category ids of each product. */
export async function productCategories(container: MedusaContainer, productIds: string[]): Promise<Map<string, string[]>> {
  if (!productIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productIds } })
  return new Map(products.map((p) => [p.id as string, (p.categories ?? []).flatMap((c) => (c ? [c.id as string] : []))]))
}
