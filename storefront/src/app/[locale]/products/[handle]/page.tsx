import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { getProduct } from "@/lib/data/products"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { formatMoney } from "@/lib/util/money"
import { isInStock, variantSelection } from "@/lib/util/variants"
import ProductActions, { type VariantChoice } from "@/modules/products/components/product-actions"
import ProductGallery from "@/modules/products/components/product-gallery"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const product = await getProduct(handle)
  return product ? { title: product.title, description: product.subtitle ?? undefined } : {}
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  if (!isLocale(locale)) notFound()
  const product = await getProduct(handle)
  if (!product) notFound()
  const t = getDictionary(locale)

  // Only what the selector needs crosses to the client, with prices already formatted.
  const variants: VariantChoice[] = (product.variants ?? []).map((variant) => {
    const price = variant.calculated_price
    return {
      id: variant.id,
      selection: variantSelection(variant),
      price:
        typeof price?.calculated_amount === "number" && price.currency_code
          ? formatMoney(price.calculated_amount, price.currency_code, locale)
          : null,
      inStock: isInStock(variant),
    }
  })
  const options = (product.options ?? []).map((option) => ({
    id: option.id,
    title: option.title,
    values: (option.values ?? []).map((value) => value.value),
  }))
  const images = (product.images ?? []).map((image) => image.url)
  if (images.length === 0 && product.thumbnail) images.push(product.thumbnail)

  return (
    <article className="product">
      <ProductGallery images={images} title={product.title} t={t.product} />
      <div className="product__info">
        <h1 className="product__title" data-testid="product-title">
          {product.title}
        </h1>
        {product.subtitle && <p className="product__subtitle">{product.subtitle}</p>}
        <ProductActions options={options} variants={variants} t={t.product} priceUnavailable={t.products.priceUnavailable} />
        {product.description && <div className="product__description">{product.description}</div>}
      </div>
    </article>
  )
}
