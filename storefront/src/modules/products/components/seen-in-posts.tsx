import { productPosts, type Post } from "@/lib/data/posts"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"
import PostGrid from "@/modules/social/components/post-grid"

type Props = { productId: string; locale: Locale; t: Dictionary }

/**
 * Up to six posts tagging the product. Social content is extra: without posts, or when the social
 * API fails (logged), the section is left out and the product page stands as it is.
 */
export default async function SeenInPosts({ productId, locale, t }: Props) {
  let posts: Post[]
  try {
    posts = await productPosts(productId, 6)
  } catch (error) {
    console.error(`Posts of product ${productId} unavailable: ${(error as Error).message}`)
    return null
  }
  if (posts.length === 0) return null
  return (
    <section className="seen-in-posts" aria-labelledby="seen-in-posts-heading">
      <h2 id="seen-in-posts-heading">{t.catalog.posts.heading}</h2>
      <PostGrid posts={posts} locale={locale} t={t.posts} />
    </section>
  )
}
