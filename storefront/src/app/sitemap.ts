import type { MetadataRoute } from "next"
import { connection } from "next/server"

import { collectionEntries, sitemapEntries } from "@/lib/catalog/sitemap"
import { getConfig } from "@/lib/config"
import { listCategories } from "@/lib/data/categories"
import { listCollections } from "@/lib/data/collections"
import { optional } from "@/lib/data/cms/client"
import { sitemapDocuments } from "@/lib/data/cms/sitemap"
import { productHandles } from "@/lib/data/products"

/**
 * /sitemap.xml: for every locale the home page, the catalog, the blog, the CMS pages and articles,
 * each product (up to 5000), each category and each collection, with their language alternates. Without the CMS the
 * shop's own pages are still listed; without the backend the sitemap fails, as the shop does.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request (from cached reads), so `next build` needs neither the backend nor the CMS.
  await connection()
  const origin = getConfig().storefrontUrl
  const [documents, products, categories, collections] = await Promise.all([
    optional("sitemap documents", sitemapDocuments),
    productHandles(),
    listCategories(),
    listCollections(),
  ])
  const entries = (path: string, lastModified?: string | null) => sitemapEntries(origin, path, lastModified)
  return [
    ...entries("/"),
    ...entries("/products"),
    ...entries("/blog"),
    // The page "home" is the locale's root, listed above.
    ...(documents?.pages ?? [])
      .filter((page) => page.slug !== "home")
      .flatMap((page) => entries(`/${page.slug}`, page.updatedAt)),
    ...(documents?.articles ?? []).flatMap((article) => entries(`/blog/${article.slug}`, article.updatedAt)),
    ...categories.flatMap((category) => entries(`/products?category=${encodeURIComponent(category.handle)}`)),
    ...collections.flatMap((collection) => collectionEntries(origin, collection.handle)),
    ...products.flatMap((product) => entries(`/products/${encodeURIComponent(product.handle)}`, product.updatedAt)),
  ]
}
