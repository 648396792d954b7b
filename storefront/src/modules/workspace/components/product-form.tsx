"use client"

import { useState } from "react"

import { createProduct } from "@/lib/data/vendor-product-actions"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { optionValues, variantRows } from "@/lib/workspace/variants"
import { InputField } from "@/modules/common/components/form-field"
import { useFormAction } from "@/modules/common/use-form-action"

import ImageField, { type ImagesReadiness } from "./image-field"
import ProductDetails from "./product-details"
import ProductSubmit from "./product-submit"
import RowField, { rowFieldProps } from "./row-field"

type Props = {
  locale: Locale
  t: Pick<WorkspaceMessages, "form" | "images" | "errors" | "messages">
}

/**
 * The new-product form. The variant rows follow the option values as they are typed (one row per value, each
 * keeping what was typed in it); the server checks everything again and creates the product for review.
 */
export default function ProductForm({ locale, t }: Props) {
  const form = useFormAction(createProduct, t)
  const { error, value } = form
  const [valuesText, setValuesText] = useState(() => value("option_values", t.form.defaultValue))
  const [images, setImages] = useState<ImagesReadiness>("ready")
  const rows = variantRows(optionValues(valuesText))
  const f = t.form
  return (
    <form ref={form.form} className="form workspace-form" action={form.action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="workspace-form__group">
        <legend>{f.details}</legend>
        <ProductDetails idPrefix="product" form={form} t={f} />
      </fieldset>
      <ImageField onReadinessChange={setImages} error={error("images")} t={t.images} />
      <fieldset className="workspace-form__group">
        <legend>{f.variants}</legend>
        <div className="workspace-form__pair">
          <InputField
            id="product-option-name"
            name="option_name"
            label={f.optionName}
            hint={f.optionNameHint}
            error={error("option_name")}
            maxLength={100}
            required
            defaultValue={value("option_name", f.defaultOption)}
          />
          <InputField
            id="product-option-values"
            name="option_values"
            label={f.optionValues}
            hint={f.optionValuesHint}
            error={error("option_values")}
            required
            defaultValue={valuesText}
            onChange={(event) => setValuesText(event.currentTarget.value)}
          />
        </div>
        <p className="account-form__hint">{f.pricesHint}</p>
        {rows.length === 0 && <p className="workspace-muted">{f.noValues}</p>}
        {rows.map(({ key, value: optionValue, index }) => {
          const context = fill(f.forValue, { value: optionValue })
          const props = rowFieldProps(form, { idPrefix: `variant-${index}`, row: index, context })
          return (
            <fieldset key={key} className="variant-row">
              <legend>{optionValue}</legend>
              <RowField {...props("price_eur")} label={f.priceEur} inputMode="decimal" required />
              <RowField {...props("price_gbp")} label={f.priceGbp} inputMode="decimal" />
              <RowField {...props("sku")} label={f.sku} maxLength={100} />
              <RowField {...props("stock", "0")} label={f.stock} inputMode="numeric" required />
            </fieldset>
          )
        })}
      </fieldset>
      <ProductSubmit
        id="product-waiting"
        form={form}
        images={images}
        button={{ submit: f.submit, pending: f.submitting }}
        messages={t.messages}
      />
    </form>
  )
}
