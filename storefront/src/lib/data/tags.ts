// Cache tags, one per resource, shared by the readers (fetch `next.tags`) and the writers (updateTag).
export const tags = {
  products: "products",
  product: (handle: string) => `product-${handle}`,
  categories: "categories",
  regions: "regions",
  cmsPage: (slug: string) => `cms-page-${slug}`,
  cart: (id: string) => `cart-${id}`,
}
