"use client"

import { useState } from "react"

import { updateProduct } from "@/lib/data/vendor-product-actions"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { useFormAction } from "@/modules/common/use-form-action"

import ImageField, { type ImagesReadiness } from "./image-field"
import ProductDetails from "./product-details"
import ProductSubmit from "./product-submit"
import RowField, { rowFieldProps } from "./row-field"

export type EditableProduct = {
  id: string
  title: string
  subtitle: string
  description: string
  weight: string
  images: { url: string; src: string }[]
  /** Prices as the inputs show them in the locale ("12,50"); GBP empty when the variant has none. */
  variants: {
    id: string
    title: string
    sku: string | null
    eur: string
    gbp: string
    stock: string
    reserved: number
  }[]
}

type Props = {
  locale: Locale
  product: EditableProduct
  t: Pick<WorkspaceMessages, "form" | "product" | "images" | "errors" | "messages">
}

/** Edits a product's texts, images, and each variant's prices and stock (options and variants stay). */
export default function ProductEditForm({ locale, product, t }: Props) {
  const form = useFormAction(updateProduct, t)
  const [images, setImages] = useState<ImagesReadiness>("ready")
  const f = t.form
  return (
    <form ref={form.form} className="form workspace-form" action={form.action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={product.id} />
      <ProductDetails idPrefix="edit" form={form} initial={product} t={f} />
      <ImageField initial={product.images} onReadinessChange={setImages} error={form.error("images")} t={t.images} />
      <fieldset className="workspace-form__group">
        <legend>{t.product.variants}</legend>
        <p className="account-form__hint">{f.pricesHint}</p>
        {product.variants.map((variant) => {
          const context = fill(f.forValue, { value: variant.title })
          const props = rowFieldProps(form, { idPrefix: `edit-${variant.id}`, row: variant.id, context })
          return (
            <fieldset key={variant.id} className="variant-row">
              <legend>
                {variant.title}
                {variant.sku && <span className="variant-row__sku">{fill(t.product.sku, { sku: variant.sku })}</span>}
              </legend>
              <RowField {...props("price_eur", variant.eur)} label={f.priceEur} inputMode="decimal" required />
              <RowField {...props("price_gbp", variant.gbp)} label={f.priceGbp} inputMode="decimal" />
              <RowField {...props("stock", variant.stock)} label={f.stock} inputMode="numeric" required />
              {variant.reserved > 0 && (
                <p className="variant-row__note">{fill(t.product.reserved, { n: variant.reserved })}</p>
              )}
            </fieldset>
          )
        })}
      </fieldset>
      <ProductSubmit
        id="edit-waiting"
        form={form}
        images={images}
        button={{ submit: t.product.save, pending: t.product.saving }}
        messages={t.messages}
      />
    </form>
  )
}
