import Link from "next/link"
import { notFound } from "next/navigation"

import { mediaUrl } from "@/lib/data/social"
import { requireSeller } from "@/lib/data/vendor"
import { retrieveVendorProduct } from "@/lib/data/vendor-products"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { formatMoneyInput } from "@/lib/workspace/money"
import type { VendorProduct } from "@/lib/workspace/types"
import DeleteProduct from "@/modules/workspace/components/delete-product"
import ProductEditForm, { type EditableProduct } from "@/modules/workspace/components/product-edit-form"
import StatusBadge from "@/modules/workspace/components/status-badge"
import { workspaceMetadata } from "@/modules/workspace/components/metadata"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props) {
  const { id } = await params
  return workspaceMetadata(
    params,
    async (t) => (await retrieveVendorProduct(id).catch(() => null))?.title ?? t.products.title
  )
}

/** The product as the form edits it: prices in the locale's notation, image URLs as stored and as shown. */
function editable(product: VendorProduct, locale: string): EditableProduct {
  const amount = (variant: VendorProduct["variants"][number], currency: string) => {
    const price = variant.prices.find((entry) => entry.currency_code === currency)
    return price ? formatMoneyInput(price.amount, locale) : ""
  }
  return {
    id: product.id,
    title: product.title,
    subtitle: product.subtitle ?? "",
    description: product.description ?? "",
    weight: product.weight === null ? "" : String(product.weight),
    images: product.images.map((image) => ({ url: image.url, src: mediaUrl(image.url) })),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      sku: variant.sku,
      eur: amount(variant, "eur"),
      gbp: amount(variant, "gbp"),
      stock: String(variant.inventory_quantity),
      reserved: variant.reserved_quantity,
    })),
  }
}

/** One of the seller's products: where it stands in review, its edit form, and its deletion. */
export default async function ProductPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  await requireSeller(locale)
  // Another seller's product is "not found" to the Vendor API, and so here.
  const product = await retrieveVendorProduct(id)
  if (!product) notFound()
  const t = getDictionary(locale).workspace
  const created = (await searchParams).created === "1"
  const reason = product.status === "rejected" ? product.moderation?.reason : null

  return (
    <>
      <p className="workspace-back">
        <Link href={`/${locale}/sell/products`}>{t.product.back}</Link>
      </p>
      <h1>{product.title}</h1>
      <div className="workspace-summary">
        <StatusBadge kind="product" status={product.status} t={t.productStatus} />
        {product.status === "published" && <Link href={`/${locale}/products/${product.handle}`}>{t.product.view}</Link>}
      </div>
      {created ? (
        <p className="workspace-notice">
          {product.status === "published" ? t.product.createdPublished : t.product.created}
        </p>
      ) : (
        product.status === "proposed" && <p className="workspace-muted">{t.product.inReview}</p>
      )}
      {reason && <p className="workspace-reason">{fill(t.product.rejected, { reason })}</p>}
      <section className="workspace-section" aria-labelledby="edit-product-heading">
        <h2 id="edit-product-heading">{t.product.edit}</h2>
        <p className="account-form__hint">{t.product.reviewNote}</p>
        <ProductEditForm
          locale={locale}
          product={editable(product, locale)}
          t={{ form: t.form, product: t.product, images: t.images, errors: t.errors, messages: t.messages }}
        />
      </section>
      <DeleteProduct locale={locale} productId={product.id} t={{ delete: t.product.delete, messages: t.messages }} />
    </>
  )
}
