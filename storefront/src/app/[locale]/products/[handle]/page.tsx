import type { Metadata, ResolvingMetadata } from "next"
import { notFound } from "next/navigation"
import { Suspense } from "react"

import { breadcrumbJsonLd, productJsonLd } from "@/lib/catalog/json-ld"
import { productMetadata } from "@/lib/catalog/metadata"
import { catalogHref } from "@/lib/catalog/query"
import { absoluteUrl } from "@/lib/cms/media"
import { getConfig } from "@/lib/config"
import { listCategories } from "@/lib/data/categories"
import { getProductDetail, type ProductWithSeller } from "@/lib/data/products"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { listOptions } from "@/lib/reviews/schemas"
import { formatMoney } from "@/lib/util/money"
import { isInStock, variantSelection } from "@/lib/util/variants"
import Breadcrumbs from "@/modules/products/components/breadcrumbs"
import JsonLd from "@/modules/products/components/json-ld"
import ProductActions, { type VariantChoice } from "@/modules/products/components/product-actions"
import ProductGallery from "@/modules/products/components/product-gallery"
import SeenInPosts from "@/modules/products/components/seen-in-posts"
import SellerCard from "@/modules/products/components/seller-card"
import ProductReviews from "@/modules/reviews/components/product-reviews"
import RatingBadge from "@/modules/reviews/components/rating-badge"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// What the review form's redirect says it did (`?review=`), confirmed above the reviews.
const NOTICES = ["published", "updated", "deleted"] as const

/** The product's images as absolute URLs (uploads may be stored relative to the backend), thumbnail as fallback. */
function imagesOf(product: ProductWithSeller): string[] {
  const urls = (product.images ?? []).map((image) => image.url).filter(Boolean)
  if (urls.length === 0 && product.thumbnail) urls.push(product.thumbnail)
  const { medusaBackendUrl } = getConfig()
  return urls.map((url) => absoluteUrl(url, medusaBackendUrl))
}

export async function generateMetadata({ params }: Props, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, handle } = await params
  if (!isLocale(locale)) return {}
  const product = await getProductDetail(handle)
  if (!product) return {}
  return productMetadata({
    origin: getConfig().storefrontUrl,
    locale,
    handle: product.handle,
    title: product.title,
    description: product.subtitle || product.description,
    image: imagesOf(product)[0],
    siteName: (await parent).openGraph?.siteName ?? undefined,
  })
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { locale, handle } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const notice = NOTICES.find((name) => name === query.review)
  const [product, categories] = await Promise.all([getProductDetail(handle), listCategories()])
  if (!product) notFound()
  const t = getDictionary(locale)
  const origin = getConfig().storefrontUrl

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
  const images = imagesOf(product)

  // The first of the product's categories the store lists (internal and inactive ones are not).
  const linked = new Set((product.categories ?? []).map((category) => category.id))
  const category = categories.find((candidate) => linked.has(candidate.id)) ?? null
  const path = `/${locale}/products/${product.handle}`
  const crumbs = [
    { name: t.catalog.breadcrumbs.home, href: `/${locale}` },
    category
      ? { name: category.name, href: catalogHref(locale, { category: category.handle }) }
      : { name: t.products.title, href: catalogHref(locale, {}) },
    { name: product.title, href: path },
  ]

  const url = `${origin}${path}`
  const seller = product.seller ?? null
  const variantList = product.variants ?? []
  const productLd = productJsonLd({
    name: product.title,
    description: product.description || product.subtitle,
    url,
    images,
    sku: variantList.length === 1 ? variantList[0].sku : null,
    seller: seller ? { name: seller.name, url: `${origin}${catalogHref(locale, { seller: seller.handle })}` } : null,
    offers: variantList.flatMap((variant) => {
      const price = variant.calculated_price
      if (typeof price?.calculated_amount !== "number" || !price.currency_code) return []
      const { calculated_amount: amount, currency_code: currencyCode } = price
      return [{ amount, currencyCode, inStock: isInStock(variant), sku: variant.sku }]
    }),
    rating: product.rating,
  })
  const crumbsLd = breadcrumbJsonLd(crumbs.map((crumb) => ({ name: crumb.name, url: `${origin}${crumb.href}` })))

  return (
    <>
      <Breadcrumbs items={crumbs} label={t.catalog.breadcrumbs.label} />
      <article className="product">
        <ProductGallery images={images} title={product.title} t={t.product} />
        <div className="product__info">
          <h1 className="product__title" data-testid="product-title">
            {product.title}
          </h1>
          <RatingBadge rating={product.rating} locale={locale} t={t.reviews} />
          {product.subtitle && <p className="product__subtitle">{product.subtitle}</p>}
          <ProductActions
            options={options}
            variants={variants}
            t={t.product}
            labels={t.catalog.product}
            priceUnavailable={t.products.priceUnavailable}
          />
          {seller && <SellerCard seller={seller} locale={locale} t={t.catalog.seller} />}
          {product.description && <div className="product__description">{product.description}</div>}
        </div>
      </article>
      <section id="reviews" className="reviews" aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{t.reviews.heading}</h2>
        {notice && (
          <p className="reviews__notice" role="status" data-testid="review-notice">
            {t.reviews.notices[notice]}
          </p>
        )}
        {/* The section is there at once, so #reviews scrolls to it; its content streams in after the product. */}
        <Suspense fallback={null}>
          <ProductReviews productId={product.id} path={path} options={listOptions(query)} locale={locale} t={t.reviews} />
        </Suspense>
      </section>
      {/* Social content streams in after the product and never holds it up. */}
      <Suspense fallback={null}>
        <SeenInPosts productId={product.id} locale={locale} t={t} />
      </Suspense>
      <JsonLd data={productLd} />
      <JsonLd data={crumbsLd} />
    </>
  )
}
