import type { HttpTypes } from "@medusajs/types"

import type { ProductCarouselBlock } from "@/lib/cms/types"
import { carouselProducts } from "@/lib/data/carousel"
import ProductCard from "@/modules/products/components/product-card"

import type { BlockProps } from "./context"

export default async function ProductCarouselBlockView({ block, context }: BlockProps<ProductCarouselBlock>) {
  let products: HttpTypes.StoreProduct[]
  try {
    products = await carouselProducts(block)
  } catch (error) {
    // The rest of the page still renders when the shop's backend is down.
    console.error(`Product carousel (${block.source}) unavailable: ${(error as Error).message}`)
    return null
  }
  if (products.length === 0) return null
  return (
    <section className="block block--carousel" aria-label={block.heading || context.t.home.featured}>
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      <ul className="carousel">
        {products.map((product) => (
          <li key={product.id} className="carousel__item">
            <ProductCard product={product} locale={context.locale} t={context.t.products} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  )
}
