"use client"

import { useCallback, useState } from "react"

import { updateProduct } from "@/lib/data/vendor-product-actions"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { rowField } from "@/lib/workspace/names"
import FormField, { InputField } from "@/modules/common/components/form-field"

import { useWorkspaceForm } from "./use-workspace-form"
import FormStatus from "./form-status"
import ImageField, { type ImagesReadiness } from "./image-field"
import RowField from "./row-field"

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
  const { state, action, pending, form, error, value } = useWorkspaceForm(updateProduct, t.errors)
  const [images, setImages] = useState<ImagesReadiness>("ready")
  const onReadinessChange = useCallback((readiness: ImagesReadiness) => setImages(readiness), [])
  const waiting = images === "uploading" ? t.messages.uploading : images === "failed" ? t.messages.imagesFailed : ""
  const f = t.form
  return (
    <form ref={form} className="form workspace-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={product.id} />
      <InputField
        id="edit-title"
        name="title"
        label={f.name}
        error={error("title")}
        maxLength={200}
        required
        defaultValue={value("title", product.title)}
      />
      <InputField
        id="edit-subtitle"
        name="subtitle"
        label={f.subtitle}
        hint={f.subtitleHint}
        error={error("subtitle")}
        maxLength={200}
        defaultValue={value("subtitle", product.subtitle)}
      />
      <FormField id="edit-description" name="description" label={f.description} error={error("description")}>
        {(control) => (
          <textarea {...control} rows={6} maxLength={10_000} defaultValue={value("description", product.description)} />
        )}
      </FormField>
      <InputField
        id="edit-weight"
        name="weight"
        label={f.weight}
        hint={f.weightHint}
        error={error("weight")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={value("weight", product.weight)}
      />
      <ImageField initial={product.images} onReadinessChange={onReadinessChange} error={error("images")} t={t.images} />
      <fieldset className="workspace-form__group">
        <legend>{t.product.variants}</legend>
        <p className="account-form__hint">{f.pricesHint}</p>
        {product.variants.map((variant) => {
          const field = (name: string) => rowField(variant.id, name)
          const props = (name: string, initial: string) => ({
            id: `edit-${variant.id}-${name}`,
            name: field(name),
            context: fill(f.forValue, { value: variant.title }),
            error: error(field(name)),
            defaultValue: value(field(name), initial),
            autoComplete: "off",
          })
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
      <FormStatus state={state} messages={t.messages} />
      {waiting && (
        <p id="edit-waiting" className="workspace-muted">
          {waiting}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={pending || images !== "ready"}
        aria-describedby={waiting ? "edit-waiting" : undefined}
      >
        {pending ? t.product.saving : t.product.save}
      </button>
    </form>
  )
}
