"use client"

import { useActionState, useEffect, useRef, useState } from "react"

import { valueState } from "@/lib/catalog/availability"
import { addToCart, type AddToCartState } from "@/lib/data/cart"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"
import { findVariant, type OptionSelection } from "@/lib/util/variants"
import { openCartDrawer } from "@/modules/cart/open-cart"

export type VariantChoice = { id: string; selection: OptionSelection; price: string | null; inStock: boolean }
type Option = { id: string; title: string; values: string[] }

type Props = {
  options: Option[]
  variants: VariantChoice[]
  t: Dictionary["product"]
  /** The tax note and the per-value stock labels. */
  labels: CatalogMessages["product"]
  priceUnavailable: string
}

const initialState: AddToCartState = { status: "idle" }

/**
 * Variant selector and add-to-cart button. A real <form> with a server action, so a click before
 * hydration is replayed by React (and the form still posts without JavaScript). Option values that
 * lead only to sold-out variants (or to none) say so in their label but stay selectable, so arrow keys
 * keep moving through the group and screen readers hear why the button is disabled.
 */
export default function ProductActions({ options, variants, t, labels, priceUnavailable }: Props) {
  // Start from the first variant in stock so a single click adds something sensible.
  const [selection, setSelection] = useState<OptionSelection>(
    (variants.find((variant) => variant.inStock) ?? variants[0])?.selection ?? {}
  )
  const [state, formAction, pending] = useActionState(addToCart, initialState)
  // The state of the last add that the visitor has since moved on from (picked another variant).
  const [dismissed, setDismissed] = useState<AddToCartState>(initialState)
  // Each successful add shows the cart, already refreshed by the action's response; closing it returns here.
  const addButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (state.status === "added") openCartDrawer(addButton.current)
  }, [state])
  const optionIds = options.map((option) => option.id)
  const variant = findVariant(variants, optionIds, selection)

  const select = (optionId: string, value: string) => {
    setSelection((current) => ({ ...current, [optionId]: value }))
    setDismissed(state)
  }

  const result = state === dismissed ? "idle" : state.status
  const message = !variant
    ? t.unavailable
    : !variant.inStock
      ? t.outOfStock
      : result === "added"
        ? t.added
        : result === "failed"
          ? t.failed
          : ""

  return (
    <form className="product-actions" action={formAction}>
      <div className="product-actions__pricing">
        <p className="product-actions__price">{variant?.price ?? priceUnavailable}</p>
        <p className="product-actions__tax">{labels.taxNote}</p>
      </div>
      {options.map((option) => (
        <fieldset key={option.id} className="option-picker">
          <legend>{option.title}</legend>
          {option.values.map((value) => {
            const stock = valueState(variants, optionIds, selection, option.id, value)
            return (
              <label key={value} className="option-picker__value" data-stock={stock}>
                <input
                  type="radio"
                  name={`option-${option.id}`}
                  value={value}
                  checked={selection[option.id] === value}
                  onChange={() => select(option.id, value)}
                />
                <span>
                  {value}
                  {stock !== "available" && (
                    <small className="option-picker__note">
                      <span className="visually-hidden">, </span>
                      {stock === "out_of_stock" ? labels.outOfStock : labels.unavailable}
                    </small>
                  )}
                </span>
              </label>
            )
          })}
        </fieldset>
      ))}
      <input type="hidden" name="variant_id" value={variant?.id ?? ""} />
      <button
        ref={addButton}
        type="submit"
        className="button button--primary"
        data-testid="add-to-cart"
        disabled={!variant || !variant.inStock || pending}
      >
        {pending ? t.adding : t.addToCart}
      </button>
      <p className="product-actions__status" role="status">
        {message}
      </p>
    </form>
  )
}
