"use client"

import { useCallback, useState } from "react"

import { createProduct } from "@/lib/data/vendor-product-actions"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { rowField } from "@/lib/workspace/names"
import { optionValues, variantRows } from "@/lib/workspace/variants"
import FormField, { InputField } from "@/modules/common/components/form-field"

import { useWorkspaceForm } from "./use-workspace-form"
import FormStatus from "./form-status"
import ImageField, { type ImagesReadiness } from "./image-field"
import RowField from "./row-field"

type Props = {
  locale: Locale
  t: Pick<WorkspaceMessages, "form" | "images" | "errors" | "messages">
}

/**
 * The new-product form. The variant rows follow the option values as they are typed (one row per value, each
 * keeping what was typed in it); the server checks everything again and creates the product for review.
 */
export default function ProductForm({ locale, t }: Props) {
  const { state, action, pending, form, error, value } = useWorkspaceForm(createProduct, t.errors)
  const [valuesText, setValuesText] = useState(() => value("option_values", t.form.defaultValue))
  const [images, setImages] = useState<ImagesReadiness>("ready")
  const onReadinessChange = useCallback((readiness: ImagesReadiness) => setImages(readiness), [])
  const rows = variantRows(optionValues(valuesText))
  const waiting = images === "uploading" ? t.messages.uploading : images === "failed" ? t.messages.imagesFailed : ""
  const f = t.form
  return (
    <form ref={form} className="form workspace-form" action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="workspace-form__group">
        <legend>{f.details}</legend>
        <InputField
          id="product-title"
          name="title"
          label={f.name}
          error={error("title")}
          maxLength={200}
          required
          defaultValue={value("title")}
        />
        <InputField
          id="product-subtitle"
          name="subtitle"
          label={f.subtitle}
          hint={f.subtitleHint}
          error={error("subtitle")}
          maxLength={200}
          defaultValue={value("subtitle")}
        />
        <FormField id="product-description" name="description" label={f.description} error={error("description")}>
          {(control) => <textarea {...control} rows={6} maxLength={10_000} defaultValue={value("description")} />}
        </FormField>
        <InputField
          id="product-weight"
          name="weight"
          label={f.weight}
          hint={f.weightHint}
          error={error("weight")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={value("weight")}
        />
      </fieldset>
      <ImageField onReadinessChange={onReadinessChange} error={error("images")} t={t.images} />
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
          const field = (name: string) => rowField(index, name)
          const context = fill(f.forValue, { value: optionValue })
          const props = (name: string, initial = "") => ({
            id: `variant-${index}-${name}`,
            name: field(name),
            context,
            error: error(field(name)),
            defaultValue: value(field(name), initial),
            autoComplete: "off",
          })
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
      <FormStatus state={state} messages={t.messages} />
      {waiting && (
        <p id="product-waiting" className="workspace-muted">
          {waiting}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={pending || images !== "ready"}
        aria-describedby={waiting ? "product-waiting" : undefined}
      >
        {pending ? f.submitting : f.submit}
      </button>
    </form>
  )
}
