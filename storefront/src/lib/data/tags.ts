// Cache tags, one per resource, shared by the readers (fetch `next.tags`) and the writers (updateTag).
// The cms-* tags are the CMS's contract: it sends them to /api/revalidate when content is published.
export const tags = {
  products: "products",
  product: (handle: string) => `product-${handle}`,
  categories: "categories",
  collections: "collections",
  regions: "regions",
  seller: (handle: string) => `seller-${handle}`,
  posts: "posts",
  // By product id: reviews and their writes know the product's id, not its handle.
  reviews: (productId: string) => `reviews-${productId}`,
  cart: (id: string) => `cart-${id}`,
  cmsPage: (slug: string) => `cms-page-${slug}`,
  cmsPages: "cms-pages",
  cmsArticle: (slug: string) => `cms-article-${slug}`,
  cmsArticles: "cms-articles",
  cmsGlobal: (slug: string) => `cms-global-${slug}`,
  cmsRedirects: "cms-redirects",
  cmsCategories: "cms-categories",
}
